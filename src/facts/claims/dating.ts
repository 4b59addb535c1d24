/**
 * Which figure a year dates, and whether the figure's source gives it that year. Each callout is
 * checked against its own quote, so a year cited from one passage ("By the end of 2012") could
 * otherwise be pinned to a figure of another ("US$21.7 billion … last year"): `US$21.7 billion
 * in 2012`. A year that dates a figure must be one the figure's source gives it.
 */
import { readText, type NumberExpr } from "../numbers/read.ts";
import { yearOf } from "../numbers/calendar.ts";
import { clauseAround, sentenceAround, type Span } from "./sentences.ts";

// "X in 2012", "X by the end of 2012", "X (2012)": the words between a figure and the year that
// dates it.
const DATES_BEFORE =
  /^(?:(?:[^,;:.!?()–—]{0,60}?\b|,\s*)(?:in|by|during|throughout|through|as of|for|at the (?:end|start|close) of|by the (?:end|start) of|in (?:early|mid|late)|in the year)\s+|\s*\(\s*(?:in\s+)?)$/i;
// "In 2012, …": a year that opens its sentence dates the whole sentence.
const OPENS =
  /^\W*(?:in|by|during|as of|at the (?:end|start|close) of|by the (?:end|start) of)\s+$/i;
// Between a figure and the year: a new clause, so the year dates another verb.
const NEW_CLAUSE = /\b(?:and|but|while|which|when|where|who|whereas|although|after|before)\b/i;
// Words that say when without a year: a page may not turn them into one.
const RELATIVE =
  /\b(?:(?:last|this|next|past) (?:year|month|decade)|now|today|nowadays|currently|recently|these days|(?:\w+|\d+) years ago)\b/gi;

/**
 * Which of `figures` (spans of `text`) the year at `year` dates: the figure just before it when
 * only a preposition stands between ("US$21.7 billion in 2012"), or every figure of its clause
 * when the year opens the sentence ("In 2012, …"). Indexes into `figures`.
 */
export function datedBy(text: string, year: Span, figures: readonly Span[]): number[] {
  const sentence = sentenceAround(text, year.start, year.end);
  const inSentence = figures
    .map((f, k) => ({ ...f, k }))
    .filter((f) => f.start >= sentence.start && f.end <= sentence.end);
  if (OPENS.test(text.slice(sentence.start, year.start))) {
    // "In 2012, the city was home to X, while Dalian trains Y each year": X only.
    const clause = clauseAround(text, sentence, year.start, year.end);
    return inSentence.filter((f) => f.start >= year.end && f.end <= clause.end).map((f) => f.k);
  }
  const before = inSentence.filter((f) => f.end <= year.start).at(-1);
  if (!before) return [];
  const between = text.slice(before.end, year.start);
  return DATES_BEFORE.test(between) && !NEW_CLAUSE.test(between) ? [before.k] : [];
}

/** When a source's sentence around `[start, end)` says its figure was, and what it says. */
export interface Dated {
  /** Years the sentence names (a date's year included). */
  years: number[];
  /** Words that say when without a year: `last year`, `now`. */
  relative: string[];
  /** Years the sentences on either side name. */
  nearby: number[];
}

/** The years and relative times of the sentence of `text` that holds `[start, end)`. */
export function datesAround(text: string, start: number, end: number): Dated {
  const sentence = sentenceAround(text, start, end);
  const previous =
    sentence.start > 0 ? sentenceAround(text, sentence.start - 1, sentence.start - 1) : null;
  const next = sentence.end < text.length ? sentenceAround(text, sentence.end, sentence.end) : null;
  const body = text.slice(sentence.start, sentence.end);
  return {
    years: ownYears(body, start - sentence.start, end - sentence.start),
    relative: [...body.matchAll(RELATIVE)].map((m) => m[0]),
    nearby: [previous, next].flatMap((s) => (s ? yearsIn(text.slice(s.start, s.end)) : [])),
  };
}

/**
 * The years of a sentence that may date the figure at `[start, end)` of it: not those that date
 * another number ("14th largest …, up from 15th in 2013": the 2013 is the 15th's).
 */
function ownYears(body: string, start: number, end: number): number[] {
  const numbers = readText(body).numbers;
  return numbers.flatMap((n, k) => {
    const years = yearsOf(n);
    const other = numbers[k - 1];
    const anothers =
      years.length > 0 &&
      other !== undefined &&
      yearsOf(other).length === 0 &&
      (other.end <= start || other.start >= end) &&
      /^\s+(?:in|of|for)\s+$/u.test(body.slice(other.end, n.start));
    return anothers ? [] : years;
  });
}

function yearsIn(text: string): number[] {
  return readText(text).numbers.flatMap((n) => yearsOf(n));
}

/** The years a number names: a year, a date's year, each year of a range. */
export function yearsOf(n: NumberExpr): number[] {
  if (n.kind === "year") {
    const years = [n.value];
    for (let y = n.value + 1; n.to !== null && y <= n.to; y++) years.push(y);
    return years;
  }
  if (n.kind !== "date") return [];
  const first = n.date ? yearOf(n.date) : null;
  const last = n.dateTo ? yearOf(n.dateTo) : first;
  if (first === null) return [];
  const years = [first];
  for (let y = first + 1; last !== null && y <= last; y++) years.push(y);
  return years;
}

/**
 * Whether a source that says `dated` about a figure gives it the year `year`: its sentence names
 * it; or the sentence says no time at all and a sentence beside it names it.
 */
export function givesYear(dated: Dated, year: number): boolean {
  if (dated.years.includes(year)) return true;
  if (dated.years.length > 0 || dated.relative.length > 0) return false;
  return dated.nearby.includes(year);
}

/** A source's blocks, as the check of a year's subject reads them. */
interface Blocks {
  texts: readonly string[];
  /**
   * For each name asked about, the blocks that name it (many years share a subject), or null
   * where the source also writes it in lower case ("the", "in"): no name.
   */
  naming: Map<string, number[] | null>;
}

const blocksOf = new WeakMap<readonly { text: string }[], Blocks>();

function read(blocks: readonly { text: string }[]): Blocks {
  let found = blocksOf.get(blocks);
  if (!found) {
    found = { texts: blocks.map((b) => b.text), naming: new Map() };
    blocksOf.set(blocks, found);
  }
  return found;
}

// A name that more than a quarter of a source's blocks name is its setting (the city), not one
// subject.
const SETTING = 1 / 4;

/**
 * The name a page's clause dates with a year when the year's source does not name it there:
 * the clause's subject ("NIIT set up a training centre in 2000") that the source names in a
 * few other blocks but neither in the quote's block nor the one before it (which the Institute's
 * "set up here in 2000" is not). Null when the name is the quote's, the source's setting, or one
 * the source never names.
 */
export function borrowedSubject(
  pageText: string,
  year: Span,
  blocks: readonly { text: string }[],
  at: number,
): string | null {
  const { texts, naming: named } = read(blocks);
  const sentence = sentenceAround(pageText, year.start, year.end);
  const clause = clauseAround(pageText, sentence, year.start, year.end);
  // The clause's subject: its first word, past "the" ("NIIT set up…", "The Ministry says…").
  const name = /^\W*(?:the\s+)?(\p{Lu}[\p{L}-]*)/iu.exec(
    pageText.slice(clause.start, year.start),
  )?.[1];
  if (!name || !/^\p{Lu}/u.test(name)) return null;
  let naming = named.get(name);
  if (naming === undefined) {
    const lower = new RegExp(`(?<![\\p{L}])${name.toLowerCase()}(?![\\p{L}])`, "u");
    const word = new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, "u");
    naming = texts.some((t) => lower.test(t))
      ? null
      : texts.flatMap((t, k) => (word.test(t) ? [k] : []));
    named.set(name, naming);
  }
  if (naming === null || naming.length === 0 || naming.length > Math.max(3, texts.length * SETTING))
    return null;
  return naming.includes(at - 1) || naming.includes(at) ? null : name;
}
