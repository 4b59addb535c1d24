/** Dates, times of day and decades: dates in one place, with the helpers of `calendar.ts`. */
import { attached, digits, opt, role, text, type Form, type Match } from "../grammar.ts";
import { measure, type Measure } from "../numeral.ts";
import type { Piece } from "../lexicon.ts";
import { isoDate, isYear, validDay, withYear, yearOf } from "../calendar.ts";

const integer = (p: Piece) => p.digits !== null && p.digits.decimals === 0 && !p.digits.grouped;
const dayNumber = (p: Piece) => integer(p) && /^\d{1,2}$/.test(p.text);
const yearNumber = (p: Piece) => integer(p) && /^\d{4}$/.test(p.text) && isYear(p.digits!.value);
const comma = text("comma", ",");

/** A date from the match's `day`, `month` and `year` slots; null when the day is not in the month. */
function dateOf(m: Match, form: string) {
  const month = m.role("month", "month")!.value;
  const day = m.piece("day") ? Number(m.piece("day")!.text) : null;
  const year = m.piece("year") ? Number(m.piece("year")!.text) : null;
  if (day !== null && !validDay(day, month, year)) return null;
  const date = isoDate(year, month, day);
  return measure(form, "date", year ?? day ?? month, { date });
}

const DAY_MONTH: Form<"measure"> = {
  name: "date day month",
  category: "measure",
  reads: "day [st|nd|rd|th] Month [year]",
  pattern: [
    digits("day", dayNumber),
    opt(attached(role("ordinal-suffix", "suffix"))),
    role("month"),
    opt(digits("year", yearNumber)),
  ],
  build(m) {
    return dateOf(m, this.name);
  },
  examples: [
    ["16 July 2017", { kind: "date", date: "2017-07-16", value: 2017 }],
    ["16th July 2017", { date: "2017-07-16" }],
    ["16 July", { date: "--07-16" }],
  ],
};

const DAY_MONTH_COMMA: Form<"measure"> = {
  ...DAY_MONTH,
  name: "date day month, year",
  reads: "day [st|nd|rd|th] Month, year",
  pattern: [...DAY_MONTH.pattern.slice(0, 3), comma, digits("year", yearNumber)],
  examples: [["Sunday, 16 July, 2017", { date: "2017-07-16" }]],
};

const MONTH_DAY: Form<"measure"> = {
  name: "date month day",
  category: "measure",
  reads: "Month day [st|nd|rd|th] [year]",
  pattern: [
    role("month"),
    digits("day", dayNumber),
    opt(attached(role("ordinal-suffix", "suffix"))),
    opt(digits("year", yearNumber)),
  ],
  build(m) {
    return dateOf(m, this.name);
  },
  examples: [
    ["May 4th", { date: "--05-04" }],
    ["July 16", { date: "--07-16" }],
  ],
};

const MONTH_DAY_COMMA: Form<"measure"> = {
  ...MONTH_DAY,
  name: "date month day, year",
  reads: "Month day [st|nd|rd|th], year",
  pattern: [...MONTH_DAY.pattern.slice(0, 3), comma, digits("year", yearNumber)],
  examples: [["July 16, 2017", { kind: "date", date: "2017-07-16" }]],
};

const MONTH_YEAR: Form<"measure"> = {
  name: "date month year",
  category: "measure",
  reads: "Month [,] year",
  pattern: [role("month"), opt(comma), digits("year", yearNumber)],
  build(m) {
    return dateOf(m, this.name);
  },
  examples: [["April 2016", { kind: "date", date: "2016-04", value: 2016 }]],
};

const MONTH: Form<"measure"> = {
  name: "month",
  category: "measure",
  reads: "Month alone: only the first end of a range of dates",
  pattern: [role("month")],
  build(m) {
    const month = m.role("month", "month")!.value;
    return measure(this.name, "date", month, { date: isoDate(null, month, null), partial: true });
  },
  examples: [["January to October 2012", { date: "2012-01", dateTo: "2012-10" }]],
};

const ISO: Form<"measure"> = {
  name: "date iso",
  category: "measure",
  reads: "yyyy-mm-dd",
  pattern: [
    digits("year", yearNumber),
    attached(text("dash", "-")),
    attached(digits("m", (p) => /^\d{2}$/.test(p.text))),
    attached(text("dash2", "-")),
    attached(digits("d", (p) => /^\d{2}$/.test(p.text))),
  ],
  build(m) {
    const year = Number(m.piece("year")!.text);
    const month = Number(m.piece("m")!.text);
    const day = Number(m.piece("d")!.text);
    if (month < 1 || month > 12 || !validDay(day, month, year)) return null;
    return measure(this.name, "date", year, { date: isoDate(year, month, day) });
  },
  examples: [["2017-07-16", { kind: "date", date: "2017-07-16" }]],
};

const CLOCK: Form<"measure"> = {
  name: "time",
  category: "measure",
  reads: "h:mm [am|pm|a.m.|p.m.]",
  pattern: [
    digits("h", (p) => dayNumber(p)),
    attached(text("colon", ":")),
    attached(digits("min", (p) => /^\d{2}$/.test(p.text))),
    opt(role("meridiem")),
  ],
  build(m) {
    return time(m, this.name, Number(m.piece("min")!.text));
  },
  examples: [
    ["4:57pm", { kind: "time", value: 16 * 60 + 57 }],
    ["4:57 p.m.", { value: 16 * 60 + 57 }],
    ["16:30", { value: 16 * 60 + 30 }],
  ],
};

const HOUR: Form<"measure"> = {
  name: "time hour",
  category: "measure",
  reads: "h (am|pm|a.m.|p.m.)",
  pattern: [digits("h", (p) => dayNumber(p)), role("meridiem")],
  build(m) {
    return time(m, this.name, 0);
  },
  examples: [["10 a.m.", { kind: "time", value: 600 }]],
};

function time(m: Match, form: string, minutes: number) {
  const hours = Number(m.piece("h")!.text);
  const meridiem = m.role("meridiem", "meridiem");
  if (minutes > 59 || hours > (meridiem ? 12 : 23) || (meridiem && hours === 0)) return null;
  const h = meridiem ? (hours % 12) + (meridiem.pm ? 12 : 0) : hours;
  return measure(form, "time", h * 60 + minutes);
}

const DECADE: Form<"measure"> = {
  name: "decade",
  category: "measure",
  reads: "yyy0s, yyy0's: ten years",
  pattern: [
    digits("d", (p) => yearNumber(p) && p.text.endsWith("0")),
    opt(attached(text("apostrophe", "'"))),
    attached(text("s", "s")),
  ],
  build(m) {
    const v = Number(m.piece("d")!.text);
    return measure(this.name, "year", v, { to: v + 9 });
  },
  examples: [
    ["the 2000s", { kind: "year", value: 2000, to: 2009 }],
    ["the early 2000s", { value: 2000, to: 2009, qualifier: "early" }],
  ],
};

/** "January to October 2012", "16-18 July 2017", "between 16 July 2017 and 18 July 2017". */
export function dateRange(lo: Measure, hi: Measure): Measure | null {
  if (hi.kind !== "date" || hi.date === null) return null;
  let first: string | null = null;
  const hiYear = yearOf(hi.date);
  if (lo.kind === "date" && lo.date !== null) {
    first = hiYear !== null ? withYear(lo.date, hiYear) : lo.date;
    if (first.length !== hi.date.length && !lo.partial) return null;
  } else if (lo.kind === "cardinal" && lo.written !== null && /^\d{1,2}$/.test(lo.written)) {
    // "16-18 July 2017": the day takes the high end's month and year.
    const parts = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(hi.date);
    if (!parts) return null;
    const month = Number(parts[2]);
    if (!validDay(lo.value, month, hiYear)) return null;
    first = isoDate(hiYear, month, lo.value);
  }
  if (first === null || !(first < hi.date)) return null;
  return {
    ...hi,
    value: yearOf(first) ?? hi.value,
    to: hi.value,
    date: first,
    dateTo: hi.date,
    partial: false,
    form: "range",
  };
}

export const DATES: readonly Form<"measure">[] = [
  DAY_MONTH,
  DAY_MONTH_COMMA,
  MONTH_DAY,
  MONTH_DAY_COMMA,
  MONTH_YEAR,
  MONTH,
  ISO,
  CLOCK,
  HOUR,
  DECADE,
];
