/**
 * The claim a text makes around one of its numbers: whether it says the quantity rose or fell
 * (and whether the number is where it started, where it ended, or the size of the change),
 * whether the clause denies it, what period it is counted over, and what a year is anchored to.
 * The same reading runs on the page (the callout's clause as readers see it) and on the source
 * (the quote's sentence), so that the two can be compared word for word.
 */
import { MONTHS } from "../numbers/vocabulary.ts";
import { clauseAround, sentenceAround, type Span } from "./sentences.ts";
import {
  ANCHORS,
  CHANGE,
  CHANGE_AFTER,
  NEGATORS,
  NOT_A_RATE,
  NOT_NEGATING,
  PERIODS,
  ROLE_WORDS,
  UP_DOWN,
  type Anchor,
  type Direction,
  type Role,
} from "./words.ts";

export interface Frame {
  direction: Direction | null;
  /** Where the number stands in the change; null when no change is said. */
  role: Role | null;
  /** A negator stands before the number in its clause ("not", "never", "no longer"). */
  negated: boolean;
  /** Canonical periods said next to the number (`year`, `month`, `year-on-year`, `total`…). */
  periods: string[];
  /** What the words just before the number anchor it to ("since", "by the end of"), or null. */
  anchor: Anchor | null;
  /**
   * The year dates where a change started ("up from US$8.65 billion in 2010"): it may be said
   * `in` or `since`.
   */
  startsChange: boolean;
  /** The clause read, for messages. */
  clause: string;
}

interface Word {
  text: string;
  start: number;
  number: boolean;
  /** Punctuation stands between this word and the next one nearer the number. */
  apart: boolean;
  /** Inside brackets opened after the number ("135 billion renminbi (US$21.7 billion)"). */
  bracketed: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;
// How far from the number each reading looks, in words.
const WORDS_READ = 12;
const REACH = 160;
const CHANGE_REACH = 8;
const NEGATION_REACH = 6;
const PERIOD_AFTER = 8;
const PERIOD_BEFORE = 4;
// A change word beyond these is said of another comparison ("improved compared to five years ago",
// "fell short of 1,000": a figure missed, not a fall).
const NOT_THIS_CHANGE = new Set([
  "compared",
  "than",
  "against",
  "versus",
  "vs",
  "relative",
  "short",
]);

/** The frame of the number at `[start, end)` of `text`. */
export function frameOf(text: string, start: number, end: number): Frame {
  const clause = clauseAround(text, sentenceAround(text, start, end), start, end);
  // No reading looks further than a dozen words from the number.
  const before = wordsIn(text, { start: Math.max(clause.start, start - REACH), end: start }, "end")
    .reverse()
    .slice(0, WORDS_READ);
  const after = wordsIn(
    text,
    { start: end, end: Math.min(clause.end, end + REACH) },
    "start",
  ).slice(0, WORDS_READ);
  const { direction, role } = change(before, after);
  return {
    direction,
    role,
    negated: negated(before),
    periods: periods(before, after),
    ...anchor(before, after),
    clause: text.slice(clause.start, clause.end).trim(),
  };
}

/** The words of `span`, in reading order; `toward` says which side the number is on. */
function wordsIn(text: string, span: Span, toward: "end" | "start"): Word[] {
  const body = text.slice(span.start, span.end);
  const matches = [...body.matchAll(WORD)];
  let depth = 0;
  let counted = 0;
  return matches.map((m, k) => {
    for (; counted < m.index; counted++)
      depth += body[counted] === "(" ? 1 : body[counted] === ")" ? -1 : 0;
    const near = toward === "end" ? matches[k + 1] : matches[k - 1];
    const gap =
      toward === "end"
        ? text.slice(span.start + m.index + m[0].length, near ? span.start + near.index : span.end)
        : text.slice(
            near ? span.start + near.index + near[0].length : span.start,
            span.start + m.index,
          );
    return {
      text: m[0].toLowerCase().replaceAll("’", "'"),
      start: span.start + m.index,
      number: /\p{N}/u.test(m[0]),
      apart: /[,;:()[\]]/.test(gap),
      bracketed: depth > 0,
    };
  });
}

/** Direction and role, from the words before the number (nearest first) and after it. */
function change(before: Word[], after: Word[]): { direction: Direction | null; role: Role | null } {
  const near = before[0]?.text ?? "";
  const next = before[1]?.text ?? "";
  const role: Role | null = ROLE_WORDS[near] ?? null;
  // "up 41%", "up from 15th", "down to 20".
  if (UP_DOWN[near]) return { direction: UP_DOWN[near], role: "by" };
  if (role && UP_DOWN[next]) return { direction: UP_DOWN[next], role };
  for (const word of before.slice(0, CHANGE_REACH)) {
    if (NOT_THIS_CHANGE.has(word.text)) break;
    // "rose from X in 2010 to Y": a start or end point looks past the other numbers.
    if (word.number && role !== "to" && role !== "from") break;
    const direction = CHANGE[word.text];
    // "grew 41%", "an increase of 41%": without "to" or "from", the size of the change.
    if (direction) return { direction, role: role ?? "by" };
    // "Revenue, which fell in the crisis, stood at…": a change behind a comma is another claim.
    if (word.apart) break;
  }
  // "US$21.7 billion last year, up from US$8.65 billion": the number is where the change ended
  // (and so is its equivalent in brackets beside it).
  for (const [k, word] of after.entries()) {
    if (word.number && !word.bracketed) break;
    const direction = UP_DOWN[word.text] ?? CHANGE[word.text];
    if (direction && after[k + 1]?.text === "from") return { direction, role: "to" };
  }
  // "41% higher"; but in "US$1.8 billion, up 41%" the change is the next number's.
  const following = CHANGE_AFTER[after[0]?.text ?? ""];
  if (following && !after[1]?.number) return { direction: following, role: "by" };
  return { direction: null, role: null };
}

function negated(before: Word[]): boolean {
  const near = before.slice(0, NEGATION_REACH);
  for (const [k, word] of near.entries()) {
    if (word.number) return false;
    const pair = `${word.text} ${before[k - 1]?.text ?? ""}`;
    if (NOT_NEGATING.has(pair)) continue;
    const earlier = `${before[k + 1]?.text ?? ""} ${word.text}`;
    if (NEGATORS.has(word.text) || NEGATORS.has(earlier) || /n't$/.test(word.text)) return true;
  }
  return false;
}

/**
 * Periods said next to the number, with no punctuation between: "70,000 students trained each
 * year", "a year-on-year increase of 41 per cent", but not the "each year" of another figure in
 * "each year, across 22 universities".
 */
function periods(before: Word[], after: Word[]): string[] {
  const found = new Set<string>();
  const read = (words: Word[]) => {
    for (let k = 0; k < words.length; k++) {
      const one = words[k]!.text;
      const two = `${one} ${words[k + 1]?.text ?? ""}`;
      const three = `${two} ${words[k + 2]?.text ?? ""}`;
      for (const [phrase, size] of [
        [three, 3],
        [two, 2],
        [one, 1],
      ] as const) {
        const period = PERIODS[phrase];
        if (period === undefined) continue;
        if (phrase === "a year" && NOT_A_RATE.has(words[k + 2]?.text ?? "")) continue;
        found.add(period);
        k += size - 1;
        break;
      }
    }
  };
  read(unbroken(after.slice(0, PERIOD_AFTER)));
  read(unbroken(before.slice(0, PERIOD_BEFORE)).reverse());
  return [...found].sort();
}

/** The words nearest the number, up to the first punctuation or other number. */
function unbroken(words: Word[]): Word[] {
  const end = words.findIndex((w) => w.apart || w.number);
  return end < 0 ? words : words.slice(0, end);
}

/**
 * The longest anchoring phrase that ends just before the number ("by the end of", "since"). "From
 * January to October" spans the months as "between January and October" does. A year that dates
 * where a change started ("up from US$8.65 billion in 2010") is where it runs from.
 */
function anchor(before: Word[], after: Word[]): { anchor: Anchor | null; startsChange: boolean } {
  let found: Anchor | null = null;
  for (const size of [4, 3, 2, 1]) {
    const phrase = before
      .slice(0, size)
      .reverse()
      .map((w) => w.text)
      .join(" ");
    found = ANCHORS[phrase] ?? null;
    if (found) break;
  }
  // "January to October 2012", "2013 to 2016": a span, when a time follows the link.
  const next = after[1]?.text ?? "";
  const spans =
    ["to", "through", "until", "and"].includes(after[0]?.text ?? "") &&
    (/^\d{4}$/.test(next) || MONTHS[next] !== undefined);
  if (spans && (found === null || found === "in" || found === "since" || found === "between"))
    return { anchor: "between", startsChange: false };
  if (found !== "in") return { anchor: found, startsChange: false };
  const earlier = before.slice(1, 6);
  const from = earlier.findIndex((w) => w.text === "from");
  return { anchor: "in", startsChange: from > 0 && earlier.slice(0, from).some((w) => w.number) };
}
