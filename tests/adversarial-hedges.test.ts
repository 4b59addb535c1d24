/**
 * Hedges the callout does not hold: a qualifier or a hedging verb next to the tag, through markup
 * or an expression, and hedges that say more than their words seem to (`650-odd`). Each family
 * has wrong callouts that must be refused and faithful ones that must pass, against real passages.
 */
import { B, fact, runFamilies, type Case } from "./helpers/adversarial.ts";

const REVENUE = "realised revenues of 135 billion renminbi (US$21.7 billion) last year";
const FIRMS = "home to nearly 1000 service-outsourcing enterprises";
const STUDENTS = "Dalian now trains more than 70,000 students each year";
const PARKS = "The DLSP is now home to nearly 650 software companies from China and overseas";
const UNIVERSITIES = "in software skills programs across 22 universities";
const NEUSOFT = "Neusoft, which posted revenues of over US$1 billion in 2012";
const EMPLOYEES = "with some 80,000 employees";
const INTAKE = "with a current intake of around 1000 students a year";
const INSTITUTE = "which now boasts more than 12,000 students";
const office = (figure: string) =>
  `<Fact ${B} quote="The office has since expanded to over 200">${figure}</Fact>`;

const CASES: Case[] = [
  {
    family: "a qualifier outside the tag, beside one inside it or across a determiner",
    wrong: [
      `The city was home to *more than* ${fact(FIRMS, "nearly 1,000")} enterprises.`,
      `Dalian trains **well over** ${fact(STUDENTS, "more than 70,000")} students each year.`,
      `The DLSP is home to [over](https://example.org) ${fact(PARKS, "nearly 650")} software companies.`,
      `Dalian now trains at least\n${fact(STUDENTS, "more than 70,000")} students each year.`,
      `The DLSP has <span>fewer than</span> ${fact(EMPLOYEES, "some 80,000")} employees.`,
      `The DLSP has \`upwards of\` ${fact(EMPLOYEES, "about 80,000")} employees.`,
      `Dalian runs software skills programs in well over the ${fact(UNIVERSITIES, "22")} universities.`,
      `Dalian runs software skills programs in more than its ${fact(UNIVERSITIES, "22")} universities.`,
      `Dalian runs software skills programs in nearly the ${fact(UNIVERSITIES, "22")} universities.`,
      `Revenues reached {"more than"} ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Revenues reached more than{" "}${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Revenues reached {'well over '}${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Revenues reached {["more", "than"].join(" ")} ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Revenues reached well-over ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Revenues were a whisker under ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Revenues reached ${fact(REVENUE, "US$21.7 billion")}, or close to it, last year.`,
      `The DLSP is home to ${fact(PARKS, "nearly 650")} or so software companies.`,
      `Revenues reached ${fact(REVENUE, "US$21.7 billion")} and then some last year.`,
      `Dalian trains ${fact(STUDENTS, "more than 70,000")} students or more each year.`,
      `Dalian runs software skills programs at ${fact(UNIVERSITIES, "22")} universities or more.`,
      `Dalian runs software skills programs at ${fact(UNIVERSITIES, "22")}, or more, universities.`,
      `Revenues reached ${fact(REVENUE, "US$21.7 billion")} at least, last year.`,
      `Dalian trains ${fact(STUDENTS, "more than")} ${fact(FIRMS, "nearly 1,000")} enterprises.`,
    ],
    right: [
      `Dalian trains ${fact(STUDENTS, "more than 70,000")} students each year.`,
      `The city, with ${fact(FIRMS, "nearly 1,000")} service-outsourcing enterprises, leads.`,
      `The DLSP is home to{" "}${fact(PARKS, "nearly 650")} software companies.`,
      `Dalian runs software skills programs across the ${fact(UNIVERSITIES, "22")} universities.`,
      `Dalian runs software skills programs at ${fact(UNIVERSITIES, "22")} universities, and ` +
        `trains ${fact(STUDENTS, "more than 70,000")} students each year.`,
      `The DLSP employs ${fact(EMPLOYEES, "some 80,000")} people.`,
    ],
  },
  {
    family: "a hedge inside the tag that the reader must read",
    wrong: [
      `Revenues reached ${fact(REVENUE, "better than US$21.7 billion")} last year.`,
      `Revenues reached ${fact(REVENUE, "approaching US$21.7 billion")} last year.`,
      `The city was home to ${fact(FIRMS, "1,000 at least")} enterprises.`,
      `The city was home to ${fact(FIRMS, "a minimum of 1,000")} enterprises.`,
      `Dalian trains ${fact(STUDENTS, "something like 70,000")} students each year.`,
      `Revenues reached ${fact(REVENUE, "US$21.7 billion and change")} last year.`,
      `Dalian trains ${fact(STUDENTS, "70,000-ish")} students each year.`,
    ],
    right: [
      `Neusoft posted revenues of ${fact(NEUSOFT, "better than US$1 billion")}.`,
      `Dalian trains ${fact(STUDENTS, "70,000 at the very least")} students each year.`,
      `The DLSP has ${fact(EMPLOYEES, "in the order of 80,000")} employees.`,
      `The DLSP is home to ${fact(PARKS, "getting on for 650")} software companies.`,
    ],
  },
  {
    family: "a hedging verb before the tag",
    wrong: [
      `Revenues exceeded ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Revenues topped ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Revenues surpassed ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Revenues almost reached ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Revenues nearly hit ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Revenues fell short of ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Revenues went past ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Revenues comfortably exceeded ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Revenues topped the ${fact(REVENUE, "US$21.7 billion")} mark last year.`,
      `Revenues eclipsed the ${fact(REVENUE, "US$21.7 billion")} mark last year.`,
      `Revenues cleared ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Revenues passed the ${fact(REVENUE, "US$21.7 billion")} mark last year.`,
      `Neusoft's revenues almost reached ${fact(NEUSOFT, "US$1 billion")}.`,
      `Neusoft's revenues fell short of ${fact(NEUSOFT, "US$1 billion")}.`,
      `Neusoft's revenues exceeded ${fact(NEUSOFT, "over US$1 billion")}.`,
      `The DLSP exceeded ${fact(PARKS, "650")} software companies.`,
      `The DLSP approached ${fact(PARKS, "nearly 650")} software companies.`,
    ],
    right: [
      `Revenues reached ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Revenues rose to ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Revenues hit ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Neusoft's revenues exceeded ${fact(NEUSOFT, "US$1 billion")}.`,
      `Neusoft's revenues topped ${fact(NEUSOFT, "US$1 billion")}.`,
      `Neusoft's revenues passed the ${fact(NEUSOFT, "US$1 billion")} mark.`,
      `The office has since grown past ${office("200")} staff.`,
      `The DLSP came close to ${fact(PARKS, "650")} software companies.`,
      `The DLSP is nearing ${fact(PARKS, "650")} software companies.`,
      `The city's service-outsourcing enterprises fell just short of ${fact(FIRMS, "1,000")}.`,
    ],
  },
  {
    family: "an -odd figure, which is some more than the number",
    wrong: [
      `The DLSP is home to ${fact(PARKS, "650-odd")} software companies.`,
      `The DLSP has ${fact(EMPLOYEES, "80,000-odd")} employees.`,
      `NIIT's centre takes in ${fact(INTAKE, "1,000 odd")} students a year.`,
    ],
    right: [
      `Neusoft's Institute has ${fact(INSTITUTE, "12,000-odd")} students.`,
      `Dalian trains ${fact(STUDENTS, "70,000-odd")} students each year.`,
      `The office has since expanded to ${office("200-odd")} staff.`,
    ],
  },
  {
    family: "a direction control or other character that draws nothing",
    wrong: [
      `Revenues reached ${fact(REVENUE, "US$21.7 billion")} last year\u202E, down sharply\u202C.`,
      `Revenues reached ${fact(REVENUE, "US$21.7 billion")} \u2066last year\u2069.`,
      `Revenues reached ${fact(REVENUE, "US$\u202A21.7 billion")} last year.`,
      `Revenues reached ${fact(REVENUE, "US$21.7 billion")} last year\u200F.`,
      `Revenues reached ${fact(REVENUE, "US$21.7 billion")} in Dal\u061Cian last year.`,
      `Dalian runs software skills programs across ${fact(UNIVERSITIES, "2\uFE0F2")} universities.`,
    ],
    right: [
      `Revenues reached ${fact(REVENUE, "US$21.7 billion")} last year.`,
      `Dalian ❤️ software: it trains ${fact(STUDENTS, "more than 70,000")} students each year.`,
    ],
  },
  {
    family: "a Roman numeral, in a callout or in prose",
    wrong: [
      `Dalian runs software skills programs across ${fact(UNIVERSITIES, "XXII")} universities.`,
      `Dalian runs software skills programs across ${fact(UNIVERSITIES, "xxii")} universities.`,
      `Dalian has XXII universities.`,
      `Dalian has **XXII** universities.`,
      `Across XXII universities, Dalian trains ${fact(STUDENTS, "more than 70,000")} students each year.`,
      `Dalian runs software skills programs across ${fact(UNIVERSITIES, "22")} universities and XII colleges.`,
      `In MMXII the city was home to ${fact(FIRMS, "nearly 1,000")} enterprises.`,
      `Dalian runs software skills programs across ${fact(UNIVERSITIES, "\u0425\u0425\u0406\u0406")} universities.`,
      `Dalian runs software skills programs across ${fact(UNIVERSITIES, "ＸＸＩＩ")} universities.`,
      `Dalian runs software skills programs across ${fact(UNIVERSITIES, "X")} universities.`,
    ],
    right: [
      `Dalian runs software skills programs across ${fact(UNIVERSITIES, "22")} universities.`,
      `As after World War II, Dalian trains ${fact(STUDENTS, "more than 70,000")} students each year.`,
      `A CV in English helps: Dalian trains ${fact(STUDENTS, "more than 70,000")} students each year.`,
      `I think *X* marks it: Dalian trains ${fact(STUDENTS, "more than 70,000")} students each year.`,
      `Dalian (i) trains ${fact(STUDENTS, "more than 70,000")} students each year and (iii) hosts the DLSP.`,
    ],
  },
];

runFamilies(CASES);
