/**
 * The sentence around a callout, against someone rewording it to say what the source does not:
 * a change named with a rarer verb, a denial after the figure, a period over something other than
 * time, an anchor to an event, a rank from the other end, a cause, a name, a weekday. And the
 * faithful wordings each rule must let through.
 */
import { B, fact, runFamilies, type Case } from "./helpers/adversarial.ts";

const REVENUE = "realised revenues of 135 billion renminbi (US$21.7 billion) last year";
const STUDENTS = "Dalian now trains more than 70,000 students each year";
const UNIVERSITIES = "in software skills programs across 22 universities";
const RANK = "up from 15th in 2013";
const TOP = "the world’s 14th largest outsourcing destination";
const FOLD = "Neusoft’s European business has increased five-fold since the deal";
const OFFSHORE = "a year-on-year increase of 41 per cent";
const ENGLISH = "has already improved greatly compared to five years ago";
const DLSP = "a year-on-year increase of 38.6 per cent and 25.6 per cent respectively";
const DLSP_2010 =
  "In 2010, the DLSP generated sales revenues of US$4.5 billion and export revenues of US$1.08 billion";
const JAPAN =
  "80 per cent of Dalian’s revenue from exported ITO services was based on Japanese business";
const EMPLOYEES = "with some 80,000 employees";
const INCUBATORS =
  "are now apparently generating more than 800 new “industrialisation projects” annually";
const DLSP_OPENED = "opened on 3sq km of prime urban land in 1999";
const XIA =
  "Over the last 10 years, Dalian has focused on building its service outsourcing industry";
const PUBLISHED = `<Fact ${B} quote="PUBLISHED : Sunday, 16 July, 2017">16 July 2017</Fact>`;
const TIER = `<Fact ${B} quote="which is a tier two city">a tier two city</Fact>`;

const CASES: Case[] = [
  {
    family: "a change said with a rarer verb or noun",
    wrong: [
      `Dalian slipped from ${fact(RANK, "15th")} in the Tholons ranking.`,
      `Revenue contracted last year to ${fact(REVENUE, "US$21.7 billion")}.`,
      `Revenues were ${fact(REVENUE, "US$21.7 billion")} last year, a loss on the year before.`,
      `Revenues dipped to ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Patent grants suffered a ` +
        `${fact("representing a year-on-year increase of 36 per cent", "36 per cent")} ` +
        `year-on-year haircut.`,
      `Contract value posted a ${fact(OFFSHORE, "41%")} year-on-year decrease.`,
      `Contract value saw a ${fact(OFFSHORE, "41 per cent")} sharp drop year on year.`,
      `Revenues fell last year, to ${fact(REVENUE, "US$21.7 billion")}.`,
      `Dalian trains ${fact(STUDENTS, "more than 70,000")} additional students each year.`,
      `The office shrank from <Fact ${B} quote="when there were only about 20 staff">about 20</Fact> staff.`,
      `English talent in Dalian has declined compared to ${fact(ENGLISH, "five years ago")}.`,
      `English talent in Dalian has worsened compared to ${fact(ENGLISH, "five years ago")}.`,
    ],
    right: [
      `Dalian climbed from ${fact(RANK, "15th")} in the Tholons ranking.`,
      `The office grew from <Fact ${B} quote="when there were only about 20 staff">about ` +
        `20</Fact> staff to <Fact ${B} quote="The office has since expanded to over 200">over ` +
        `200</Fact>.`,
      `English talent in Dalian has improved compared to ${fact(ENGLISH, "five years ago")}.`,
      `Revenues were ${fact(REVENUE, "US$21.7 billion")} last year, a rise on the year before.`,
      `Contract value saw a ${fact(OFFSHORE, "41 per cent")} annual rise.`,
      `Contract value saw a ${fact(OFFSHORE, "41 per cent")} year-on-year increase.`,
    ],
  },
  {
    family: "a rank counted from the other end",
    wrong: [
      `Tholons ranks Dalian the world's ${fact(TOP, "14th")} smallest outsourcing destination.`,
      `Dalian is the ${fact(TOP, "14th")} least attractive outsourcing destination.`,
    ],
    right: [`Dalian is the world's ${fact(TOP, "14th")} largest outsourcing destination.`],
  },
  {
    family: "a denial said after the figure, or by a predicate",
    wrong: [
      `Dalian trains ${fact(STUDENTS, "more than 70,000")} students each year, but *not* in software skills programs.`,
      `It is false that Dalian trains ${fact(STUDENTS, "more than 70,000")} students each year.`,
      `Dalian has failed to train ${fact(STUDENTS, "more than 70,000")} students each year.`,
      `Revenues reached ${fact(REVENUE, "US$21.7 billion")} last year without any outsourcing.`,
      `${fact(STUDENTS, "More than 70,000")} students are not trained in Dalian each year.`,
      `Nobody trains ${fact(STUDENTS, "more than 70,000")} students each year in Dalian.`,
      `It is a myth that Dalian trains ${fact(STUDENTS, "more than 70,000")} students each year.`,
      `Dalian's higher education system was not supplying the market with ` +
        `${fact("supplying the market with an extra 10,000 young professionals", "an extra 10,000")} ` +
        `young professionals.`,
    ],
    right: [
      `Dalian trains ${fact(STUDENTS, "more than 70,000")} students each year, not only in software.`,
      `Not all of the park's companies are local: ` +
        `${fact("Of these, nearly half are foreign-owned", "nearly half")} are foreign-owned.`,
      `Global heavyweights have set up shop here, not to mention Neusoft, which posted ` +
        `revenues of ` +
        `${fact("posted revenues of over US$1 billion in 2012", "over US$1 billion")}.`,
      `The feature gives ${fact(DLSP, "25.6 per cent", ' round="0.1"')} as the rise of export ` +
        `revenues, without saying which month it ends.`,
    ],
  },
  {
    family: "a period over something other than a year",
    wrong: [
      `The industry earns ${fact(REVENUE, "US$21.7 billion")} every quarter.`,
      `The industry earns ${fact(REVENUE, "US$21.7 billion")} quarterly.`,
      `Revenues reached ${fact(REVENUE, "US$21.7 billion")} a quarter last year.`,
      `Dalian's universities each train ${fact(STUDENTS, "more than 70,000")} students a year.`,
      `The DLSP has ${fact(EMPLOYEES, "some 80,000")} employees per company.`,
      `Dalian trains ${fact(STUDENTS, "more than 70,000")} students per university each year.`,
      `DLSP export revenues rose ${fact(DLSP, "25.6 per cent")} month on month.`,
      `DLSP export revenues rose ${fact(DLSP, "25.6 per cent")} on the previous month.`,
    ],
    right: [
      `Dalian trains ${fact(STUDENTS, "more than 70,000")} students each year across ` +
        `${fact(UNIVERSITIES, "22")} universities.`,
      `DLSP export revenues rose ${fact(DLSP, "25.6 per cent")} year on year.`,
      `DLSP export revenues grew ${fact(DLSP, "25.6%")} year on year in ${fact(DLSP_2010, "2010")}.`,
    ],
  },
  {
    family: "a year used as a count, with modifiers or an unknown noun after it",
    wrong: [
      `The city was home to ${fact("By the end of 2012, the city was home to", "2012")} ` +
        `service-outsourcing enterprises.`,
      `Tholons lists ${fact(RANK, "2013")} outsourcing destinations.`,
    ],
    right: [
      `Tholons ranked Dalian ${fact(RANK, "15th")} in its ${fact(RANK, "2013")} outsourcing rankings.`,
    ],
  },
  {
    family: "a fact made a plan, a forecast, a possibility or a thing of the past",
    wrong: [
      `Dalian plans to train ${fact(STUDENTS, "more than 70,000")} students each year.`,
      `Dalian used to train ${fact(STUDENTS, "more than 70,000")} students each year.`,
      `The incubators are verifiably generating ${fact(INCUBATORS, "more than 800")} new projects annually.`,
      `DLSP export revenues are expected to rise ${fact(DLSP, "25.6 per cent")} year on year.`,
      `DLSP export revenues could rise ${fact(DLSP, "25.6 per cent")} year on year.`,
    ],
    right: [
      `Dalian trains ${fact(STUDENTS, "more than 70,000")} students each year.`,
      `The incubators are apparently generating ${fact(INCUBATORS, "more than 800")} new projects annually.`,
      `In a May report, the feature says Dalian trains ${fact(STUDENTS, "more than 70,000")} students each year.`,
    ],
  },
  {
    family: "a time or an event anchored otherwise",
    wrong: [
      `Since ${fact(RANK, "2013")}, Tholons has ranked Dalian the world's ${fact(TOP, "14th")} ` +
        `largest outsourcing destination.`,
      `Neusoft's European business had increased ${fact(FOLD, "five-fold")} before the deal.`,
      `Since ${fact(DLSP_OPENED, "1999")} the DLSP has been home to ` +
        `${fact("The DLSP is now home to nearly 650 software companies", "nearly 650")} software ` +
        `companies.`,
      `From ${fact("The Institute was set up here in 2000", "2000")} onward the Institute was being set up.`,
      `Tholons ranked Dalian ${fact(TOP, "14th")} largest outsourcing destination already in ${fact(RANK, "2013")}.`,
      `Neusoft's European business has increased ${fact(FOLD, "five-fold")} after the deal.`,
    ],
    right: [
      `Since ${fact(RANK, "2013")}, Dalian has risen in the Tholons ranking.`,
      `Neusoft's European business has grown ${fact(FOLD, "five-fold")} since the deal.`,
      `Since the deal, Neusoft's European business has grown to ${fact(FOLD, "five times")} its size.`,
      `Neusoft's European business is now ${fact(FOLD, "five times")} larger than before the deal.`,
      `Neusoft's European business is now ${fact(FOLD, "five times")} what it was before the deal.`,
      `Since the deal, Neusoft's European business has grown by a factor of ${fact(FOLD, "five")}.`,
      `Tholons ranked Dalian ${fact(RANK, "15th")} in ${fact(RANK, "2013")}.`,
      `Accenture has been in Dalian since ${fact("which set up its first delivery centre in Dalian in 2002", "2002")}.`,
      `Revenue has grown since ${fact("up from US$8.65 billion in 2010", "2010")}, when it was ` +
        `${fact("up from US$8.65 billion in 2010", "US$8.65 billion")}.`,
    ],
  },
  {
    family: "a cause the source does not state",
    wrong: [
      `Because Dalian trains ${fact(STUDENTS, "more than 70,000")} students each year, ` +
        `revenues reached ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Dalian trains ${fact(STUDENTS, "more than 70,000")} students each year, so revenues ` +
        `reached ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Thanks to the ${fact(FOLD, "five-fold")} growth of its European business, Neusoft's ` +
        `revenues reached ` +
        `${fact("posted revenues of over US$1 billion in 2012", "over US$1 billion")}.`,
      `Neusoft's European business has grown ${fact(FOLD, "five-fold")} because of the acquisition.`,
    ],
    right: [
      `Dalian trains ${fact(STUDENTS, "more than 70,000")} students each year, and revenues ` +
        `reached ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `The feature is undated, so its "last year" for ${fact(REVENUE, "US$21.7 billion")} keeps that wording here.`,
    ],
  },
  {
    family: "a figure credited to someone else",
    wrong: [
      `According to KPMG, ${fact(JAPAN, "80 per cent")} of the revenue from exported ITO ` +
        `services came from Japanese business.`,
      `According to Deloitte, revenues reached ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Dalian is ${TIER}, Prakash Menon said.`,
      `“Over the last ${fact(XIA, "10 years")}, Dalian has focused on building its service ` +
        `outsourcing industry,” says Walter Fang.`,
      `Nick Yu says Deloitte's Dalian office has since expanded to <Fact ${B} quote="The ` +
        `office has since expanded to over 200.">over 200</Fact> staff.`,
    ],
    right: [
      `According to China's Ministry of Commerce, ${fact(JAPAN, "80 per cent")} of the revenue ` +
        `from exported ITO services came from Japanese business.`,
      `Dalian is ${TIER}, Zhang said.`,
      `“Over the last ${fact(XIA, "10 years")}, Dalian has focused on building its service ` +
        `outsourcing industry,” says Xia Deren.`,
      `<Fact ${B} quote="Twenty years ago, we were mainly doing advisory and auditing ` +
        `works">Twenty years ago</Fact>, the office mainly did advisory and auditing work, Zhang ` +
        `says.`,
    ],
  },
  {
    family: "a weekday that is not the date's",
    wrong: [
      `The news article was published on Saturday, ${PUBLISHED}.`,
      `The news article was published on Mon ${PUBLISHED}.`,
    ],
    right: [
      `The news article was published on Sunday, ${PUBLISHED}.`,
      `The news article was published on ${PUBLISHED}.`,
    ],
  },
];

runFamilies(CASES);
