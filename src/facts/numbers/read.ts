/**
 * The number reader: finds every numeric expression in a text and reads its value, kind, unit,
 * qualifier and calendar. The check, the coverage report and the `numbers` command all use this
 * one reader, so what a contributor sees is what the check compares.
 *
 * 1. Look at the text as written for numerals normalising would hide (`120⁵`, `Ⅶ`).
 * 2. Read each paragraph on its own: no number runs across a blank line.
 * 3. Normalise it (`２３` is 23), split it into pieces (`lexicon.ts`) and read the longest form at
 *    each place (`forms/`); a digit left unread is reported as unsure, never skipped.
 */
import { normalize, toOriginalRange, type Normalized } from "../text/normalize.ts";
import { has, lex, ROLE_BITS, type Piece, type RoleName } from "./lexicon.ts";
import { Grammar } from "./grammar.ts";
import { TABLE } from "./forms/index.ts";
import { unusualNumerals } from "./unusual.ts";
import { romanNumerals } from "./roman.ts";
import type { Figure } from "./numeral.ts";
import type { NumberExpr, Reading, Unsure } from "./result.ts";

export type { NumberExpr, NumberKind, Reading, Unsure } from "./result.ts";

const PARAGRAPH_BREAK = /\n[^\S\n]*\n|\u2029/g;

/**
 * Reads every numeric expression in `text`, and the stretches it is unsure of, with offsets in
 * `text`. `normalized` may be given when the caller has it already.
 */
export function readText(text: string, normalized?: Normalized): Reading {
  const unusual = [...unusualNumerals(text), ...romanNumerals(text)];
  const reading: Reading = { numbers: [], unsure: [] };
  let from = 0;
  if (text.includes("\n") || text.includes("\u2029")) {
    for (const m of text.matchAll(PARAGRAPH_BREAK)) {
      readParagraph(text.slice(from, m.index), from, undefined, reading);
      from = m.index + m[0].length;
    }
  }
  readParagraph(text.slice(from), from, from === 0 ? normalized : undefined, reading);
  if (unusual.length === 0) return reading;
  const overlaps = (n: { start: number; end: number }) =>
    unusual.some((u) => n.start < u.end && u.start < n.end);
  return {
    numbers: reading.numbers.filter((n) => !overlaps(n)),
    unsure: [...reading.unsure.filter((n) => !overlaps(n)), ...unusual].sort(
      (a, b) => a.start - b.start,
    ),
  };
}

/** Reads every numeric expression in `text` (see `readText`). */
export function readNumbers(text: string): NumberExpr[] {
  return readText(text).numbers;
}

/** Reads one paragraph at `offset` of the whole text into `reading`. */
function readParagraph(
  text: string,
  offset: number,
  given: Normalized | undefined,
  reading: Reading,
): void {
  const n = given ?? normalize(text);
  const found = readNormalized(n.text, (o) => hardSpace(text, n, o));
  // The items are new objects of this reading: place them where they stand in the original.
  const place = <T extends { start: number; end: number; text: string }>(item: T): T => {
    const [start, end] = toOriginalRange(n, item.start, item.end);
    item.text = text.slice(start, end);
    item.start = start + offset;
    item.end = end + offset;
    return item;
  };
  reading.numbers.push(...found.numbers.map(place));
  reading.unsure.push(...found.unsure.map(place));
}

const HARD_SPACE = /[\u00A0\u2007\u2009\u202F]/;

/** Whether the space at normalised offset `o` was a thin or no-break space. */
function hardSpace(text: string, n: Normalized, o: number): boolean {
  if (n.map === null) return false;
  const [start, end] = toOriginalRange(n, o, o + 1);
  return HARD_SPACE.test(text.slice(start, end)) && !text.slice(start, end).includes("\n");
}

/** A digit of any script: one no figure holds is reported, never skipped. */
const NUMERIC = /\p{N}/u;

/** Roles that may begin a figure alone; a piece with none of them (and no digits) is skipped. */
const STARTS = maskOf([
  "unit",
  "tens",
  "scale",
  "ordinal",
  "denominator",
  "vague",
  "multiple",
  "currency",
  "month",
  "sign",
]);
/** Roles that begin a figure only before a number or a number word: "a", "about", "between". */
const LEADS = maskOf(["article", "qualifier", "link"]);

function maskOf(names: readonly RoleName[]): number {
  return names.reduce((m, n) => m | ROLE_BITS[n], 0);
}

function mayStart(ps: readonly Piece[], i: number): boolean {
  const p = ps[i] as Piece;
  if (p.type === "num" || (p.mask & STARTS) !== 0) return true;
  if (p.text === "-") return true;
  if ((p.mask & LEADS) === 0) return false;
  // "between the tenth and the fifteenth": look past "the".
  const next = ps[i + 1]?.lower === "the" ? ps[i + 2] : ps[i + 1];
  if (!next || (next.type !== "num" && next.mask === 0 && next.text !== "-")) return false;
  return p.roles.some((r) =>
    r.role === "link"
      ? r.link === "between"
      : r.role === "qualifier"
        ? !r.after
        : r.role === "article",
  );
}

/** Reads normalised text: offsets are in it. */
function readNormalized(text: string, hard: (offset: number) => boolean): Reading {
  const ps = lex(text, hard);
  const grammar = new Grammar(ps, TABLE);
  const reading: Reading = { numbers: [], unsure: [] };
  let i = 0;
  while (i < ps.length) {
    const p = ps[i] as Piece;
    if (p.lookalike !== null) {
      reading.unsure.push(unsureOf(text, ps, i, i + 1, lookalikeReason(p)));
      i++;
      continue;
    }
    const hit = mayStart(ps, i) ? grammar.parse("expression", i) : null;
    if (!hit) {
      if (p.type === "num" || (p.type === "sym" && NUMERIC.test(p.text)))
        reading.unsure.push(
          unsureOf(
            text,
            ps,
            i,
            i + 1,
            `\`${p.text}\` is a digit the reader could not place in a figure`,
          ),
        );
      i++;
      continue;
    }
    const end = hit.end;
    const last = ps[end - 1] as Piece;
    const next = ps[end];
    if (last.type === "num" && next && !next.spaced && next.type === "word") {
      reading.unsure.push(
        unsureOf(
          text,
          ps,
          i,
          end + 1,
          `\`${last.text}${next.text}\` joins digits and letters in a way the reader does not know`,
        ),
      );
      i = end + 1;
    } else if (hit.value.unsure !== null) {
      reading.unsure.push(unsureOf(text, ps, i, end, hit.value.unsure));
      i = end;
    } else {
      reading.numbers.push(numberOf(text, ps, i, end, hit.value));
      i = end;
    }
  }
  return reading;
}

function numberOf(
  text: string,
  ps: readonly Piece[],
  from: number,
  to: number,
  f: Figure,
): NumberExpr {
  const start = (ps[from] as Piece).start;
  const end = (ps[to - 1] as Piece).end;
  return {
    text: text.slice(start, end),
    start,
    end,
    value: f.value,
    to: f.to,
    kind: f.kind,
    unit: f.unit,
    qualifier: f.qualifier,
    relation: f.relation,
    date: f.date,
    dateTo: f.dateTo,
    scale: f.scale,
    form: f.form,
  };
}

/** An unsure stretch; digits stuck to a word before them name the whole word ("T2"). */
function unsureOf(
  text: string,
  ps: readonly Piece[],
  from: number,
  to: number,
  reason: string,
): Unsure {
  const first = ps[from] as Piece;
  const before = ps[from - 1];
  const whole =
    first.type === "num" && !first.spaced && before?.type === "word" && !has(before, "currency");
  const start = whole ? before.start : first.start;
  const end = (ps[Math.max(from, to - 1)] as Piece).end;
  return { text: text.slice(start, end), start, end, reason };
}

function lookalikeReason(p: Piece): string {
  return `\`${p.text}\` looks like \`${p.lookalike ?? ""}\` but is spelled with Cyrillic or Greek letters`;
}
