/**
 * The checker against someone trying to slip a wrong figure past it: for each family of
 * misstatement, at least one wrong callout (written against a real passage) that must be refused,
 * and one faithful callout a careful editor would write that must pass.
 */
import { B, fact, runFamilies, type Case } from "./helpers/adversarial.ts";

const REVENUE = "realised revenues of 135 billion renminbi (US$21.7 billion) last year";
const UP_FROM = "up from US$8.65 billion in 2010";
const FIRMS = "home to nearly 1000 service-outsourcing enterprises";
const OFFSHORE = "a year-on-year increase of 41 per cent";
const KPMG = "were US$1.79 billion and US$1.53 billion respectively";
const STUDENTS = "trains more than 70,000 students each year";
const SEAPORT = "this bustling seaport of six million inhabitants";
const TOP = "the world’s 14th largest outsourcing destination";
const FOLD = "Neusoft’s European business has increased five-fold since the deal";
const HALF = "nearly half are foreign-owned";
const QUARTER = "generated one quarter of the city’s GDP";
const DLSP_OPENED = "opened on 3sq km of prime urban land in 1999";
const NIIT = "set up a training centre in Dalian in 2008";
const PATENTS =
  "5280 invention patents were applied for in Dalian between January and October 2012";

const CASES: Case[] = [
  {
    family: "a changed digit or scale",
    wrong: [
      `Revenues reached ${fact(REVENUE, "US$21.8 billion")} last year.`,
      `Revenues reached ${fact(REVENUE, "US$21.7 million")} last year.`,
      `Revenues reached ${fact(REVENUE, "US$2.17 billion")} last year.`,
    ],
    right: [`Revenues reached ${fact(REVENUE, "US$21.7 billion")} last year.`],
  },
  {
    family: "a currency",
    wrong: [
      `Revenues reached ${fact(REVENUE, "US$135 billion")} last year.`,
      `Revenues reached ${fact(REVENUE, "21.7 billion renminbi")} last year.`,
      `Revenues reached ${fact(REVENUE, "$21.7 billion")} last year.`,
    ],
    right: [
      `Revenues reached ${fact(REVENUE, "135 billion renminbi")} last year.`,
      `Revenues reached ${fact(REVENUE, "RMB135 billion")} last year.`,
    ],
  },
  {
    family: "a hedge dropped, flipped, strengthened or left outside the tag",
    wrong: [
      `The city was home to ${fact(FIRMS, "1,000")} enterprises.`,
      `The city was home to ${fact(FIRMS, "more than 1,000")} enterprises.`,
      `The city was home to ${fact(FIRMS, "at least 1,000")} enterprises.`,
      `The city was home to *more than* ${fact(FIRMS, "1,000")} enterprises.`,
      `The city was home to [over](https://example.org) ${fact(FIRMS, "1,000")} enterprises.`,
      `The city was home to more than\n${fact(FIRMS, "1,000")} enterprises.`,
      `Dalian trains ${fact(STUDENTS, "70,000")} students each year.`,
    ],
    right: [
      `The city was home to ${fact(FIRMS, "nearly 1,000")} enterprises.`,
      `The city was home to ${fact(FIRMS, "about 1,000")} enterprises.`,
      `The city was home to ${fact(FIRMS, "under 1,000")} enterprises.`,
      `Dalian trains ${fact(STUDENTS, "more than 70,000")} students each year.`,
      `Dalian trains ${fact(STUDENTS, "over 70,000")} students each year.`,
    ],
  },
  {
    family: "a direction turned around, or added",
    wrong: [
      `Offshore contract value fell by ${fact(OFFSHORE, "41%")} year on year.`,
      `Offshore contract value was down ${fact(OFFSHORE, "41%")} year on year.`,
      `The city lost ${fact(SEAPORT, "six million")} inhabitants.`,
      `Revenues fell to ${fact(UP_FROM, "US$8.65 billion")}.`,
      `Revenues grew by ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Neusoft's European business has shrunk ${fact(FOLD, "five-fold")} since the deal.`,
    ],
    right: [
      `Offshore contract value rose ${fact(OFFSHORE, "41%")} year on year.`,
      `Offshore contract value grew by ${fact(OFFSHORE, "41 per cent")} year on year.`,
      `Revenues grew from ${fact(UP_FROM, "US$8.65 billion")} to ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Neusoft's European business has grown ${fact(FOLD, "five-fold")} since the deal.`,
      `The city has ${fact(SEAPORT, "six million")} inhabitants.`,
    ],
  },
  {
    family: "a negation",
    wrong: [
      `Dalian does not train ${fact(STUDENTS, "more than 70,000")} students each year.`,
      `Dalian no longer trains ${fact(STUDENTS, "more than 70,000")} students each year.`,
      `The city was never home to ${fact(FIRMS, "nearly 1,000")} enterprises.`,
    ],
    right: [
      `Not only does Dalian train ${fact(STUDENTS, "more than 70,000")} students each year; it ` +
        `also pays them to enrol.`,
    ],
  },
  {
    family: "a period or rate",
    wrong: [
      `Dalian trains ${fact(STUDENTS, "more than 70,000")} students each month.`,
      `Dalian trains ${fact(STUDENTS, "more than 70,000")} students a day.`,
      `Dalian has trained ${fact(STUDENTS, "more than 70,000")} students in total.`,
      `Offshore contract value grew ${fact(OFFSHORE, "41%")} a year.`,
    ],
    right: [
      `Dalian trains ${fact(STUDENTS, "more than 70,000")} software students a year.`,
      `Each year Dalian trains ${fact(STUDENTS, "more than 70,000")} students.`,
      `Offshore contract value grew ${fact(OFFSHORE, "41%")}.`,
    ],
  },
  {
    family: "a year anchored otherwise",
    wrong: [
      `Revenue was reported for between ${fact(UP_FROM, "2010")} and 2013.`,
      `Before ${fact(DLSP_OPENED, "1999")} the Dalian Software Park opened.`,
      `Since ${fact("By the end of 2012, the city was home", "2012")}, the city has been home to many enterprises.`,
      `NIIT has had a training centre in Dalian until ${fact(NIIT, "2008")}.`,
    ],
    right: [
      `The Dalian Software Park opened in ${fact(DLSP_OPENED, "1999")}.`,
      `In ${fact("By the end of 2012, the city was home", "2012")} the city was home to many enterprises.`,
      `Since ${fact(UP_FROM, "2010")}, revenue has risen.`,
      `From ${fact(UP_FROM, "2010")} to ${fact("up from 15th in 2013", "2013")}, Dalian rose in the rankings.`,
    ],
  },
  {
    family: "a year, an ordinal or a count taken for another",
    wrong: [
      `Tholons ranks Dalian ${fact(TOP, "14")} among outsourcing destinations.`,
      `NIIT set up a training centre in Dalian in ${fact(NIIT, "2009")}.`,
    ],
    right: [
      `Tholons ranks Dalian the world's ${fact(TOP, "14th")} largest outsourcing destination.`,
      `NIIT set up a training centre in Dalian in ${fact(NIIT, "2008")}.`,
    ],
  },
  {
    family: "a share or fraction",
    wrong: [
      `Of these, ${fact(HALF, "half")} are foreign-owned.`,
      `High tech generated ${fact(QUARTER, "one third")} of the city's GDP.`,
      `High tech generated ${fact(QUARTER, "20%")} of the city's GDP.`,
    ],
    right: [
      `Of these, ${fact(HALF, "nearly half")} are foreign-owned.`,
      `High tech generated ${fact(QUARTER, "one quarter")} of the city's GDP.`,
      `High tech generated ${fact(QUARTER, "25%")} of the city's GDP.`,
    ],
  },
  {
    family: "a multiple",
    wrong: [`Neusoft's European business has grown ${fact(FOLD, "four-fold")} since the deal.`],
    right: [`Neusoft's European business has grown ${fact(FOLD, "5-fold")} since the deal.`],
  },
  {
    family: "rounding",
    wrong: [
      `The signed contract value was ${fact(KPMG, "US$1.8 billion")}.`,
      `The signed contract value was ${fact(KPMG, "US$1.7 billion", ' round="0.1"')}.`,
      `The city was home to ${fact(FIRMS, "nearly 1,100", ' round="100"')} enterprises.`,
    ],
    right: [`The signed contract value was ${fact(KPMG, "US$1.8 billion", ' round="0.1"')}.`],
  },
  {
    family: "one of two like numbers, the wrong one or neither named",
    wrong: [
      `The actual conducted value was ${fact(KPMG, "US$1.79 billion")}.`,
      `Offshore services in Dalian were worth ${fact(KPMG, "US$1.53 billion")}.`,
      `The city's enterprises employed ${fact(FIRMS, "nearly 1,000")} people.`,
    ],
    right: [
      `The signed contract value was ${fact(KPMG, "US$1.79 billion")}.`,
      `The actual conducted value was ${fact(KPMG, "US$1.53 billion")}.`,
      `Both were given: ${fact(KPMG, "US$1.79 billion and US$1.53 billion")}.`,
    ],
  },
  {
    family: "a date or month",
    wrong: [
      `Patents were applied for between ${fact(PATENTS, "January and November 2012")}.`,
      `The news article was published on <Fact ${B} quote="PUBLISHED : Sunday, 16 July, 2017">17 July 2017</Fact>.`,
    ],
    right: [
      `Patents were applied for ${fact(PATENTS, "between January and October 2012")}.`,
      `Patents were applied for from ${fact(PATENTS, "January to October 2012")}.`,
      `The news article was published on <Fact ${B} quote="PUBLISHED : Sunday, 16 July, 2017">16 July 2017</Fact>.`,
    ],
  },
  {
    family: "a character the reader cannot see, or a look-alike letter",
    wrong: [
      `The city has ${fact(SEAPORT, "si\u200Ex million")} inhabitants.`,
      `The city has ${fact(SEAPORT, "six milli\u043En")} inhabitants.`,
      `The city has ${fact(SEAPORT, "six\u00A0million\u200B")} inhabitants.`,
    ],
    right: [`The city has ${fact(SEAPORT, "six million")} inhabitants.`],
  },
  {
    family: "a number the reader must not guess at, or must not misread",
    wrong: [
      `NIIT has ${fact(NIIT, "2008 students")}.`,
      `Neusoft's European business has grown ${fact(FOLD, "twice over")} since the deal.`,
      `The city has ${fact(SEAPORT, "Ⅶ million")} inhabitants.`,
      `The DLSP has ${fact("with some 80,000 employees", "some 80,000⁵")} employees.`,
      `The city has ${fact(SEAPORT, "9".repeat(321))} inhabitants.`,
      `The city has ${fact(SEAPORT, "seven million")} inhabitants.`,
      `High tech generated ${fact(QUARTER, "one in five")} of the city's GDP.`,
      `Offshore contract value grew ${fact(OFFSHORE, "41 percentage points")}.`,
    ],
    right: [
      `High tech generated ${fact(QUARTER, "one in four")} of the city's GDP.`,
      `High tech generated ${fact(QUARTER, "a fourth")} of the city's GDP.`,
      `Dalian trains ${fact(STUDENTS, "70,000-plus")} students each year.`,
      `Dalian trains ${fact(STUDENTS, "upward of 70,000")} students each year.`,
      `Dalian trains ${fact(STUDENTS, "north of 70,000")} students each year.`,
      `Dalian trains ${fact(STUDENTS, "not less than 70,000")} students each year.`,
      `Offshore contract value grew ${fact(OFFSHORE, "41 pct")} year on year.`,
      `The news article was published on <Fact ${B} quote="PUBLISHED : Sunday, 16 July, 2017">16th July 2017</Fact>.`,
      `The news article was published on <Fact ${B} quote="PUBLISHED : Sunday, 16 July, 2017">2017-07-16</Fact>.`,
      `Tholons ranks Dalian the world's ${fact(TOP, "fourteenth")} largest outsourcing destination.`,
    ],
  },
  {
    family: "a number where no callout checks it",
    wrong: [
      `The city has about six million inhabitants.`,
      `The city is large ![a map](map.png "six million people").`,
      `The city is <abbr title="home to six million">large</abbr>.`,
      `The city has {"six million"} inhabitants.`,
      `The city has {6_000_000} inhabitants.`,
      `The park has [many firms](https://example.org "nearly 650 firms").`,
    ],
    right: [`The city has ${fact(SEAPORT, "six million")} inhabitants.`],
  },
];

runFamilies(CASES);
