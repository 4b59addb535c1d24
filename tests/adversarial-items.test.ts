/**
 * What a figure counts and when: a year cited as a count, a count of another noun than the
 * source's, a year that dates a figure but was quoted from another passage, and the items of a
 * list named in the source's words. Each family has wrong callouts (against real passages) that
 * must be refused and faithful ones that must pass.
 */
import { B, fact, runFamilies, type Case } from "./helpers/adversarial.ts";

const NIIT = "set up a training centre in Dalian in 2008";
const DLSP_OPENED = "opened on 3sq km of prime urban land in 1999";
const INSTITUTE = "The Institute was set up here in 2000";
const ACCENTURE = "set up its first delivery centre in Dalian in 2002";
const END_2012 =
  "By the end of 2012, the city was home to nearly 1000 service-outsourcing enterprises";
const GLOBAL_500 = "including Global 500 enterprises such as Accenture";
const PARK = "nearly 650 software companies from China and overseas, with some 80,000 employees";
const CITIES = "NIIT now has a presence in 66 Chinese cities";
const UNIVERSITIES = "in software skills programs across 22 universities";
const STUDENTS = "which now boasts more than 12,000 students";
const TRAINS = "Dalian now trains more than 70,000 students each year";
const EMPLOYING = "employing nearly 120,000 people";
const INTAKE = "with a current intake of around 1000 students a year";
const SEAPORT = "this bustling seaport of six million inhabitants";
const STAFF = "when there were only about 20 staff";
const EXPANDED = "The office has since expanded to over 200";
const REVENUE = "135 billion renminbi (US$21.7 billion) last year";
const UP_FROM = "up from US$8.65 billion in 2010";
const NEUSOFT = "Neusoft, which posted revenues of over US$1 billion in 2012";
const DLSP_2010 =
  "In 2010, the DLSP generated sales revenues of US$4.5 billion and export revenues of US$1.08 billion";
const JAPAN =
  "80 per cent of Dalian’s revenue from exported ITO services was based on Japanese business in 2012";
const QUARTER = "Last year, Dalian’s high-tech industry generated one quarter of the city’s GDP";
const GRADUATES =
  "no more than 10 per cent of Institute graduates are directly employed by Neusoft, but way over 90 per cent";
const PATENTS =
  "5280 invention patents were applied for in Dalian between January and October 2012, with 1205 granted";
const KPMG =
  "the signed contract value and actual conducted value of offshore outsourcing services in Dalian were US$1.79 billion and US$1.53 billion respectively";

const CASES: Case[] = [
  {
    family: "a year cited as a count, or a number of a name as a count",
    wrong: [
      `NIIT trained ${fact(NIIT, "2008")} students in Dalian.`,
      `There are ${fact(NIIT, "2008")} NIIT software engineers in Dalian.`,
      `The Dalian Software Park hosts ${fact(DLSP_OPENED, "1999")} firms.`,
      `The Institute has ${fact(INSTITUTE, "2000")} students.`,
      `Dalian counts ${fact(END_2012, "2012")} service-outsourcing enterprises.`,
      `Accenture employs ${fact(ACCENTURE, "2002")} people in Dalian.`,
      `NIIT trained ${fact(NIIT, "2008")} delegates.`,
      `The DLSP counts ${fact(GLOBAL_500, "500")} global enterprises.`,
      `Tenants include ${fact(GLOBAL_500, "500")} Fortune enterprises.`,
    ],
    right: [
      `NIIT set up a training centre in Dalian in ${fact(NIIT, "2008")}.`,
      `NIIT's ${fact(NIIT, "2008")} training centre is in Dalian.`,
      `Neusoft's ${fact(NEUSOFT, "2012")} revenues were ${fact(NEUSOFT, "over US$1 billion")}.`,
      `The park opened in ${fact(DLSP_OPENED, "1999")}, and firms came.`,
      `The Institute was set up in ${fact(INSTITUTE, "2000")} and now has ` +
        `${fact(STUDENTS, "more than 12,000")} students.`,
      `Tenants include ${fact(GLOBAL_500, "Global 500")} enterprises such as Accenture.`,
      `Tenants include Global ${fact(GLOBAL_500, "500")} enterprises.`,
    ],
  },
  {
    family: "a count of another noun than the source's",
    wrong: [
      `The DLSP has ${fact(PARK, "some 80,000")} software companies.`,
      `The DLSP employs ${fact(PARK, "nearly 650")} people.`,
      `NIIT has a presence in ${fact(CITIES, "66")} countries.`,
      `NIIT has a presence in ${fact(CITIES, "66")} provinces.`,
      `Dalian has ${fact(UNIVERSITIES, "22")} software parks.`,
      `Dalian has ${fact(UNIVERSITIES, "22")} software companies.`,
      `Neusoft now employs ${fact(STUDENTS, "more than 12,000")} people at its Institute.`,
      `The Institute employs ${fact(STUDENTS, "more than 12,000")} staff.`,
      `The sector trained ${fact(EMPLOYING, "nearly 120,000")} students.`,
      `The sector had ${fact(EMPLOYING, "nearly 120,000")} companies.`,
      `NIIT takes in ${fact(INTAKE, "around 1,000")} firms a year.`,
      `Dalian has ${fact(SEAPORT, "six million")} visitors.`,
      `The DLSP's software companies numbered ${fact(PARK, "some 80,000")}.`,
      `| Measure | Value |\n| --- | --- |\n| Software companies | ${fact(PARK, "some 80,000")} |`,
      `The DLSP counts ${fact(PARK, "some 80,000")} of its software companies.`,
      `Deloitte’s Dalian office has since expanded to <Fact ${B} quote="${EXPANDED}">over 200</Fact> offices.`,
    ],
    right: [
      `The DLSP is home to ${fact(PARK, "some 80,000")} employees.`,
      `The DLSP is home to ${fact(PARK, "nearly 650")} firms.`,
      `The DLSP's companies employ ${fact(PARK, "some 80,000")} people.`,
      `NIIT has a presence in ${fact(CITIES, "66")} Chinese cities.`,
      `NIIT is present in ${fact(CITIES, "66")} locations in China.`,
      `Programs run across ${fact(UNIVERSITIES, "22")} colleges.`,
      `Programs run across ${fact(UNIVERSITIES, "22")} institutions.`,
      `The Institute has ${fact(STUDENTS, "more than 12,000")} students.`,
      `Dalian trains ${fact(TRAINS, "more than 70,000")} people each year.`,
      `They employed ${fact(EMPLOYING, "nearly 120,000")} workers.`,
      `The sector gave ${fact(EMPLOYING, "nearly 120,000")} jobs.`,
      `The sector's staff numbered ${fact(EMPLOYING, "nearly 120,000")}.`,
      `NIIT takes in ${fact(INTAKE, "around 1,000")} students a year.`,
      `Dalian has ${fact(SEAPORT, "six million")} residents.`,
      `The number of employees was ${fact(PARK, "some 80,000")}.`,
      `| Measure | Value |\n| --- | --- |\n| Employees | ${fact(PARK, "some 80,000")} |`,
      `The DLSP's companies employ ${fact(PARK, "some 80,000")}.`,
      `Among the city's universities, ${fact(UNIVERSITIES, "22")} run software skills programs.`,
      `The office had <Fact ${B} quote="${STAFF}">about 20</Fact> employees.`,
      `The office now has <Fact ${B} quote="${EXPANDED}">over 200</Fact> staff.`,
      `The office now has <Fact ${B} quote="${EXPANDED}">over 200</Fact> people.`,
    ],
  },
  {
    family: "a year borrowed from another passage, or put for 'last year' or 'now'",
    wrong: [
      `Revenues reached ${fact(REVENUE, "US$21.7 billion")} in ${fact(END_2012, "2012")}.`,
      `Neusoft posted revenues of ${fact(NEUSOFT, "over US$1 billion")} in ${fact(NIIT, "2008")}.`,
      `The DLSP generated sales revenues of ${fact(DLSP_2010, "US$4.5 billion")} in ${fact(JAPAN, "2012")}.`,
      `Dalian trained ${fact(TRAINS, "more than 70,000")} students in ${fact(END_2012, "2012")}.`,
      `Revenues reached ${fact(REVENUE, "US$21.7 billion")} (${fact(END_2012, "2012")}).`,
      `Revenues reached ${fact(REVENUE, "US$21.7 billion")}, in ${fact(END_2012, "2012")}.`,
      `NIIT set up a training centre in Dalian in ${fact(INSTITUTE, "2000")}.`,
      `Accenture set up its first delivery centre in Dalian in ${fact(INSTITUTE, "2000")}.`,
      `In ${fact(END_2012, "2012")}, Dalian’s high-tech industry generated ` +
        `${fact(QUARTER, "one quarter")} of the city’s GDP.`,
      `In ${fact(NIIT, "2008")}, the DLSP was home to ${fact(PARK, "nearly 650")} software companies.`,
    ],
    right: [
      `Revenues reached ${fact(REVENUE, "US$21.7 billion")} last year, up from ` +
        `${fact(UP_FROM, "US$8.65 billion")} in ${fact(UP_FROM, "2010")}.`,
      `By the end of ${fact(END_2012, "2012")}, the city was home to ` +
        `${fact(END_2012, "nearly 1,000")} service-outsourcing enterprises.`,
      `In ${fact(DLSP_2010, "2010")}, the DLSP's sales revenues were ${fact(DLSP_2010, "US$4.5 billion")}.`,
      `Neusoft posted revenues of ${fact(NEUSOFT, "over US$1 billion")} in ${fact(NEUSOFT, "2012")}.`,
      `Neusoft's Institute of Information was set up in Dalian in ${fact(INSTITUTE, "2000")}.`,
      `Walter Fang says the Institute was set up in ${fact(INSTITUTE, "2000")}.`,
      `Accenture's Paul Richardson says it set up in Dalian in ${fact(ACCENTURE, "2002")}.`,
      `In ${fact(END_2012, "2012")}, the city was home to ${fact(END_2012, "nearly 1,000")} ` +
        `enterprises, while Dalian trains ${fact(TRAINS, "more than 70,000")} students each year.`,
      `The DLSP opened in ${fact(DLSP_OPENED, "1999")} and now hosts ${fact(PARK, "nearly 650")} software companies.`,
      `NIIT set up a training centre in Dalian in ${fact(NIIT, "2008")}, with an intake of ` +
        `${fact(INTAKE, "around 1,000")} students a year.`,
      `${fact(JAPAN, "80 per cent")} of Dalian's revenue from exported ITO services was based ` +
        `on Japanese business in ${fact(JAPAN, "2012")}.`,
    ],
  },
  {
    family: "one item of a list, named by its own words and not the words all items share",
    wrong: [
      `${fact(GRADUATES, "Way over 90 per cent")} of Institute graduates are directly employed by Neusoft.`,
      `${fact(GRADUATES, "No more than 10 per cent")} of Institute graduates find themselves in IT-related jobs.`,
      `The DLSP’s export revenues were ${fact(DLSP_2010, "US$4.5 billion")}.`,
      `The DLSP generated sales revenues of ${fact(DLSP_2010, "US$1.08 billion")}.`,
      `Offshore outsourcing services in Dalian were worth ${fact(KPMG, "US$1.53 billion")}.`,
      `${fact(PATENTS, "5280")} invention patents were granted in Dalian.`,
      `Dalian granted ${fact(PATENTS, "5,280")} invention patents.`,
      `${fact(PATENTS, "1,205")} invention patents were applied for.`,
    ],
    right: [
      `${fact(GRADUATES, "Way over 90 per cent")} of Institute graduates find themselves in IT-related jobs.`,
      `${fact(GRADUATES, "Over 90%")} of Institute graduates find IT-related jobs.`,
      `${fact(GRADUATES, "No more than 10 per cent")} of Institute graduates are directly employed by Neusoft.`,
      `The DLSP generated export revenues of ${fact(DLSP_2010, "US$1.08 billion")}.`,
      `The DLSP generated sales revenues of ${fact(DLSP_2010, "US$4.5 billion")}.`,
      `The actual conducted value of offshore outsourcing services was ${fact(KPMG, "US$1.53 billion")}.`,
      `${fact(PATENTS, "5,280")} invention patents were applied for in Dalian.`,
      `${fact(PATENTS, "5,280")} invention patents were filed in Dalian.`,
      `Dalian saw ${fact(PATENTS, "5,280")} invention patent applications.`,
      `Of those applications, ${fact(PATENTS, "1,205")} were granted.`,
      `${fact(PATENTS, "1,205")} invention patents were granted.`,
    ],
  },
];

runFamilies(CASES);
