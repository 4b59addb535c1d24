/**
 * Dates and years in one place: which numbers are calendar years, ISO dates from their parts, and
 * the ends of a range of dates.
 */
import type { Piece } from "./lexicon.ts";

/** Four digits in this span read as a calendar year, unless they count something. */
export const FIRST_YEAR = 1600;
export const LAST_YEAR = 2099;

export function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= FIRST_YEAR && n <= LAST_YEAR;
}

/** Words before a number that make it a year: "in 2008 students…" is a year. */
const YEAR_BEFORE = new Set([
  "in",
  "since",
  "from",
  "by",
  "until",
  "till",
  "to",
  "before",
  "after",
  "during",
  "of",
  "between",
  "and",
  "the",
  "year",
  "early",
  "mid",
  "late",
]);

/** Words after a year that end in "s": "2008 marks…" is a year, "2008 students" a count. */
const NOT_PLURALS = new Set([
  "its",
  "as",
  "this",
  "thus",
  "plus",
  "was",
  "has",
  "is",
  "does",
  "goes",
  "sees",
  "saw",
  "marks",
  "brings",
  "proves",
  "remains",
  "seems",
  "looks",
  "means",
  "sets",
  "gets",
  "makes",
  "takes",
  "gives",
  "shows",
  "ends",
  "begins",
  "starts",
  "opens",
  "closes",
  "hosts",
  "becomes",
  "comes",
  "continues",
]);

/** Plural nouns without an "s". */
const PLURALS = new Set(["people", "staff", "children", "men", "women", "personnel", "police"]);

/**
 * Whether four plain digits are a year, from the words around them: a year after "in", "since"…;
 * a count before a plural noun ("2008 students"); a year otherwise.
 */
export function yearInContext(before: Piece | undefined, after: Piece | undefined): boolean {
  if (before && YEAR_BEFORE.has(before.lower)) return true;
  if (!after || after.type !== "word" || after.roles.length > 0 || after.capital) return true;
  return !countsPlural(after.lower);
}

/** Whether a lower-case word after four digits is a plural they count ("students"), not a verb ("marks"). */
export function countsPlural(w: string): boolean {
  if (PLURALS.has(w)) return true;
  return w.length > 2 && w.endsWith("s") && !w.endsWith("ss") && !NOT_PLURALS.has(w);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when day `d` exists in month `m` (of a leap year, when no year is given). */
export function validDay(d: number, m: number, year: number | null = null): boolean {
  if (!Number.isInteger(d) || d < 1 || m < 1 || m > 12) return false;
  if (m === 2 && year !== null && d === 29)
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return d <= DAYS[m - 1]!;
}

/** ISO 8601: `2017-07-16`, `2017-07`, `--07-16` or `--07` when the year is not written. */
export function isoDate(year: number | null, month: number, day: number | null): string {
  const y = year === null ? "-" : String(year);
  return `${y}-${pad(month)}${day === null ? "" : `-${pad(day)}`}`;
}

/** The year of an ISO date, or null when it has none. */
export function yearOf(date: string): number | null {
  return date.startsWith("--") ? null : Number(date.slice(0, 4));
}

/** A date without a year, given one: `--01` in 2012 is `2012-01`. */
export function withYear(date: string, year: number): string {
  return date.startsWith("--") ? `${year}${date.slice(1)}` : date;
}

/**
 * The high end of a range written "2013-16": the low end's century, or the next one where the
 * years turn it ("1999-00"). Null when it is no range of years.
 */
export function yearRangeEnd(low: number, written: string): number | null {
  if (!/^\d{2}$/.test(written)) return null;
  const end = Math.floor(low / 100) * 100 + Number(written);
  if (end > low) return end;
  if (low % 100 >= 90 && end + 100 - low <= 10) return end + 100;
  return null;
}
