/**
 * The number reader: finds every numeric expression in a text and reads its
 * value, kind, unit and qualifier. The check, the coverage report and the
 * `numbers` command all use this one reader, so what a contributor sees is
 * what the check compares.
 */
import { tokenize, type Token } from "./tokenize.ts";
import { normalize, toOriginalRange, type Normalized } from "../text/normalize.ts";
import { readCore, startsNumberWords, type Core } from "./core.ts";
import { readSuffixes } from "./suffixes.ts";
import { matchPhrase, compilePhrases } from "./phrases.ts";
import { CURRENCY_PREFIXES, MONTHS, SPELLED_ORDINALS } from "./lexicon.ts";
import { POST_QUALIFIERS, QUALIFIERS, relationOf } from "./qualifiers.ts";

export type NumberKind =
  | "cardinal"
  | "ordinal"
  | "percent"
  | "year"
  | "range"
  | "fraction"
  | "multiple"
  | "money"
  | "date"
  | "time";

export interface NumberExpr {
  /** The expression as written, qualifier included. */
  text: string;
  start: number;
  end: number;
  /** The value in plain units (`US$21.7 billion` is 21700000000); for a range, its low end. */
  value: number;
  /** For a range, its high end; otherwise null. */
  to: number | null;
  kind: NumberKind;
  /**
   * Currency code (`USD`, `CNY`, or `$` when the dollar is not named), unit (`%`, `km²`, `years`)
   * or null.
   */
  unit: string | null;
  /** The qualifier as written, lower-cased (`nearly`, `more than`), or null. */
  qualifier: string | null;
  /** For kind `date`: ISO `YYYY-MM-DD` or `YYYY-MM`; otherwise null. */
  date: string | null;
  /**
   * What the written digits are multiplied by (1e9 for "billion"): rounding is judged in these
   * units.
   */
  scale: number;
}

/** A stretch of text that looks numeric but that the reader will not guess at. */
export interface Unsure {
  text: string;
  start: number;
  end: number;
  reason: string;
}

export interface Reading {
  numbers: NumberExpr[];
  unsure: Unsure[];
}

const QUALIFIER_PHRASES = compilePhrases(QUALIFIERS);
const ORDINAL_HINT = "14th";
const CURRENCY_PREFIX_PHRASES = compilePhrases(CURRENCY_PREFIXES);
const POST_QUALIFIER_PHRASES = compilePhrases(POST_QUALIFIERS);
// The words that readAt can begin an expression with; no other word can, so it skips them at once.
const STARTING_WORDS = new Set([
  ...QUALIFIER_PHRASES.keys(),
  ...CURRENCY_PREFIX_PHRASES.keys(),
  ...Object.keys(MONTHS),
  ...SPELLED_ORDINALS,
]);

/**
 * Reads every numeric expression in `text`, and the stretches it is unsure of.
 * The text is read after the quote-matching normalisation (so `２３` is 23), with
 * offsets in the original; a digit left unread is reported as unsure, never skipped.
 */
export function readText(text: string, normalized: Normalized = normalize(text)): Reading {
  const reading = readNormalizedText(normalized.text);
  const place = <T extends { start: number; end: number; text: string }>(item: T): T => {
    const [start, end] = toOriginalRange(normalized, item.start, item.end);
    return { ...item, start, end, text: text.slice(start, end) };
  };
  const covered = [...reading.numbers, ...reading.unsure];
  const stray: Unsure[] = [];
  for (const m of normalized.text.matchAll(/\p{N}+/gu)) {
    if (covered.some((c) => c.start <= m.index && m.index < c.end)) continue;
    stray.push({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      reason: `\`${m[0]}\` is a digit the reader could not place in a figure`,
    });
  }
  return {
    numbers: reading.numbers.map(place),
    unsure: [...reading.unsure, ...stray].map(place).sort((a, b) => a.start - b.start),
  };
}

function readNormalizedText(text: string): Reading {
  const tokens = tokenize(text);
  const reading: Reading = { numbers: [], unsure: [] };
  let i = 0;
  while (i < tokens.length) {
    const next = readAt(text, tokens, i, reading);
    i = next > i ? next : i + 1;
  }
  return reading;
}

/** Reads every numeric expression in `text` (see `readText`). */
export function readNumbers(text: string): NumberExpr[] {
  return readText(text).numbers;
}

/** Tries to read one expression starting at token `i`; returns the index after it, or `i`. */
function readAt(text: string, tokens: Token[], i: number, reading: Reading): number {
  const first = tokens[i] as Token;
  if (first.type === "word" && !STARTING_WORDS.has(first.lower) && !startsNumberWords(first.lower))
    return i;
  const monthDate = readMonthDate(text, tokens, i);
  if (monthDate) {
    reading.numbers.push(monthDate.expr);
    return monthDate.end;
  }

  const qualifier = matchPhrase(tokens, i, QUALIFIER_PHRASES);
  const signAt = qualifier ? qualifier.end : i;
  const negative = isSign(tokens, signAt);
  const afterQualifier = negative ? signAt + 1 : signAt;
  const currency = matchPhrase(tokens, afterQualifier, CURRENCY_PREFIX_PHRASES);
  const coreAt = currency ? currency.end : afterQualifier;

  const core = readCore(tokens, coreAt, currency !== null);
  if (!core) {
    const word = tokens[coreAt];
    if (word && SPELLED_ORDINALS.has(word.lower)) {
      reading.unsure.push(
        unsureAt(
          text,
          tokens,
          coreAt,
          coreAt + 1,
          `\`${word.text}\` is an ordinal in words, which the reader does not compare; ` +
            `write it in digits (\`${ORDINAL_HINT}\`)`,
        ),
      );
      return coreAt + 1;
    }
    return i;
  }
  if (core.unsure) {
    // Name the whole joined word ("T2"), not just its digits.
    const from =
      tokens[coreAt - 1]?.type === "word" && !tokens[coreAt]!.spaced ? coreAt - 1 : coreAt;
    reading.unsure.push(unsureAt(text, tokens, from, core.end, core.unsure));
    return core.end;
  }

  const read = readSuffixes(tokens, core, currency?.value ?? null);
  if (read.unsure) {
    reading.unsure.push(unsureAt(text, tokens, coreAt, read.end, read.unsure));
    return read.end;
  }
  if (read.kind === null) return i; // a bare "one": a determiner, not a figure

  // A hedge may follow the figure ("1,000 or so", "70,000+"); with one before it too, the reader
  // will not choose.
  const post = matchPhrase(tokens, read.end, POST_QUALIFIER_PHRASES);
  const end = post ? post.end : read.end;
  if (post && qualifier) {
    reading.unsure.push(
      unsureAt(
        text,
        tokens,
        i,
        end,
        `\`${qualifier.text}\` and \`${post.text}\` both qualify one figure`,
      ),
    );
    return end;
  }
  const startToken = tokens[i] as Token;
  const endToken = tokens[end - 1] as Token;
  // "more than 2000" counts things; "mid-2012" is still a year.
  const countQualifier =
    qualifier !== null && !["early", "mid", "late"].includes(relationOf(qualifier.text));
  const kind =
    read.kind === "cardinal" && looksLikeYear(core, read.scale, countQualifier)
      ? "year"
      : read.kind;
  reading.numbers.push({
    text: text.slice(startToken.start, endToken.end),
    start: startToken.start,
    end: endToken.end,
    value: negative ? -read.value : read.value,
    to: read.to === null ? null : negative ? -read.to : read.to,
    kind,
    unit: read.unit,
    qualifier: (qualifier ?? post)?.text.toLowerCase() ?? null,
    date: read.date,
    scale: read.scale,
  });
  return end;
}

/**
 * A minus sign stuck to the figure and standing apart from what precedes it ("−41%", not the dash
 * of "2013-16").
 */
function isSign(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || !next || next.spaced || t.text !== "-") return false;
  return t.spaced || /^[([]$/.test(tokens[k - 1]?.text ?? "");
}

/** A bare four-digit integer between 1600 and 2099 reads as a calendar year. */
function looksLikeYear(core: Core, scale: number, qualified: boolean): boolean {
  return (
    core.digits &&
    !core.grouped &&
    core.decimals === 0 &&
    scale === 1 &&
    !qualified &&
    /^\d{4}$/.test(core.text) &&
    core.value >= 1600 &&
    core.value <= 2099
  );
}

/** "April 2016", "October 2012", "July 16, 2017". */
function readMonthDate(
  text: string,
  tokens: Token[],
  i: number,
): { expr: NumberExpr; end: number } | null {
  const month = tokens[i];
  if (!month || month.type !== "word") return null;
  const m = MONTHS[month.lower];
  if (m === undefined || !/^\p{Lu}/u.test(month.text)) return null;
  let k = i + 1;
  const link = tokens[k]?.lower ?? "";
  if (["and", "to", "-", "through"].includes(link)) {
    // "January and October 2012": the first month takes the year of the second.
    const second = readMonthDate(text, tokens, k + 1);
    if (second?.expr.date) {
      const year = second.expr.date.slice(0, 4);
      return {
        expr: {
          text: month.text,
          start: month.start,
          end: month.end,
          value: Number(year),
          to: null,
          kind: "date",
          unit: null,
          qualifier: null,
          date: `${year}-${pad(m)}`,
          scale: 1,
        },
        end: i + 1,
      };
    }
  }
  let day: number | null = null;
  const dayToken = tokens[k];
  if (dayToken?.type === "num" && /^\d{1,2}$/.test(dayToken.text) && Number(dayToken.text) <= 31) {
    day = Number(dayToken.text);
    k++;
    if (tokens[k]?.text === ",") k++;
  }
  const year = tokens[k];
  if (!year || year.type !== "num" || !/^\d{4}$/.test(year.text)) return null;
  const iso = `${year.text}-${pad(m)}${day === null ? "" : `-${pad(day)}`}`;
  return {
    expr: {
      text: text.slice(month.start, year.end),
      start: month.start,
      end: year.end,
      value: Number(year.text),
      to: null,
      kind: "date",
      unit: null,
      qualifier: null,
      date: iso,
      scale: 1,
    },
    end: k + 1,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function unsureAt(text: string, tokens: Token[], from: number, to: number, reason: string): Unsure {
  const start = (tokens[from] as Token).start;
  const end = (tokens[Math.max(from, to - 1)] as Token).end;
  return { text: text.slice(start, end), start, end, reason };
}
