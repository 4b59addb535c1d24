/**
 * The number reader: finds every numeric expression in a text and reads its
 * value, kind, unit and qualifier. The check, the coverage report and the
 * `numbers` command all use this one reader, so what a contributor sees is
 * what the check compares.
 */
import { tokenize, type Token } from "./tokenize.ts";
import { readCore, type Core } from "./core.ts";
import { readSuffixes } from "./suffixes.ts";
import { matchPhrase, compilePhrases } from "./phrases.ts";
import { CURRENCY_PREFIXES, MONTHS, SPELLED_ORDINALS } from "./lexicon.ts";
import { QUALIFIERS } from "./qualifiers.ts";

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
  /** Currency code (`USD`, `CNY`, or `$` when the dollar is not named), unit (`%`, `km²`, `years`) or null. */
  unit: string | null;
  /** The qualifier as written, lower-cased (`nearly`, `more than`), or null. */
  qualifier: string | null;
  /** For kind `date`: ISO `YYYY-MM-DD` or `YYYY-MM`; otherwise null. */
  date: string | null;
  /** What the written digits are multiplied by (1e9 for "billion"): rounding is judged in these units. */
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

/** Reads every numeric expression in `text`, and the stretches it is unsure of. */
export function readText(text: string): Reading {
  const tokens = tokenize(text);
  const reading: Reading = { numbers: [], unsure: [] };
  let i = 0;
  while (i < tokens.length) {
    const next = readAt(text, tokens, i, reading);
    i = next > i ? next : i + 1;
  }
  return reading;
}

/** Reads every numeric expression in `text`. */
export function readNumbers(text: string): NumberExpr[] {
  return readText(text).numbers;
}

/** Tries to read one expression starting at token `i`; returns the index after it, or `i`. */
function readAt(text: string, tokens: Token[], i: number, reading: Reading): number {
  const monthDate = readMonthDate(text, tokens, i);
  if (monthDate) {
    reading.numbers.push(monthDate.expr);
    return monthDate.end;
  }

  const qualifier = matchPhrase(tokens, i, QUALIFIER_PHRASES);
  const afterQualifier = qualifier ? qualifier.end : i;
  const currency = matchPhrase(tokens, afterQualifier, CURRENCY_PREFIX_PHRASES);
  const coreAt = currency ? currency.end : afterQualifier;

  const core = readCore(tokens, coreAt, currency !== null);
  if (!core) {
    const word = tokens[coreAt];
    if (word && SPELLED_ORDINALS.has(word.lower)) {
      reading.unsure.push(unsureAt(text, tokens, coreAt, coreAt + 1, `\`${word.text}\` is an ordinal in words, which the reader does not compare; write it in digits (\`${ORDINAL_HINT}\`)`));
      return coreAt + 1;
    }
    return i;
  }
  if (core.unsure) {
    // Name the whole joined word ("T2"), not just its digits.
    const from = tokens[coreAt - 1]?.type === "word" && !tokens[coreAt]!.spaced ? coreAt - 1 : coreAt;
    reading.unsure.push(unsureAt(text, tokens, from, core.end, core.unsure));
    return core.end;
  }

  const read = readSuffixes(tokens, core, currency?.value ?? null);
  if (read.unsure) {
    reading.unsure.push(unsureAt(text, tokens, coreAt, read.end, read.unsure));
    return read.end;
  }
  if (read.kind === null) return i; // a bare "one": a determiner, not a figure

  const startToken = tokens[qualifier ? i : currency ? afterQualifier : coreAt] as Token;
  const endToken = tokens[read.end - 1] as Token;
  const kind = read.kind === "cardinal" && looksLikeYear(core, read.scale, qualifier !== null) ? "year" : read.kind;
  reading.numbers.push({
    text: text.slice(startToken.start, endToken.end),
    start: startToken.start,
    end: endToken.end,
    value: read.value,
    to: read.to,
    kind,
    unit: read.unit,
    qualifier: qualifier ? qualifier.text.toLowerCase() : null,
    date: read.date,
    scale: read.scale,
  });
  return read.end;
}

/** A bare four-digit integer between 1600 and 2099 reads as a calendar year. */
function looksLikeYear(core: Core, scale: number, qualified: boolean): boolean {
  return (
    core.digits && !core.grouped && core.decimals === 0 && scale === 1 && !qualified &&
    /^\d{4}$/.test(core.text) && core.value >= 1600 && core.value <= 2099
  );
}

/** "April 2016", "October 2012", "July 16, 2017". */
function readMonthDate(text: string, tokens: Token[], i: number): { expr: NumberExpr; end: number } | null {
  const month = tokens[i];
  if (!month || month.type !== "word" || !/^\p{Lu}/u.test(month.text)) return null;
  const m = MONTHS[month.lower];
  if (m === undefined) return null;
  let k = i + 1;
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

export function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function unsureAt(text: string, tokens: Token[], from: number, to: number, reason: string): Unsure {
  const start = (tokens[from] as Token).start;
  const end = (tokens[Math.max(from, to - 1)] as Token).end;
  return { text: text.slice(start, end), start, end, reason };
}
