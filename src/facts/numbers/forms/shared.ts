/** What several forms share: the minus sign, and turning a numeral into a measure. */
import { has, type Piece } from "../lexicon.ts";
import { measure, type Measure, type Numeral } from "../numeral.ts";
import type { NumberKind } from "../result.ts";
import { attached, opt, scan, text, type Match } from "../grammar.ts";

/**
 * A minus: "minus", "negative", or a hyphen stuck to the figure and standing apart from what
 * precedes it ("−41%", not the dash of "2013-16").
 */
export function signAt(ps: readonly Piece[], i: number): { end: number; value: true } | null {
  const p = ps[i];
  if (!p) return null;
  if (has(p, "sign")) return { end: i + 1, value: true };
  const next = ps[i + 1];
  if (p.text !== "-" || !next || next.spaced) return null;
  const prev = ps[i - 1];
  return p.spaced || !prev || prev.text === "(" || prev.text === "["
    ? { end: i + 1, value: true }
    : null;
}

/** A numeral as a measure of `kind`, negated when the match holds a sign; its problem makes it unsure. */
export function fromNumeral(
  m: Match,
  n: Numeral,
  form: string,
  kind: NumberKind,
  fields: Partial<Measure> = {},
): Measure {
  const sign = m.has("sign") || m.has("sign2") ? -1 : 1;
  const value = sign * n.value;
  const unsure = n.problem ?? (Number.isFinite(value) ? null : tooLarge(m));
  return measure(form, kind, value, {
    scale: n.scale,
    approx: n.approx,
    // "minus one" is a figure; "one" alone is a determiner.
    lone: n.lone && sign === 1,
    written: n.digits && n.scale === 1 ? m.ps[m.start + (m.has("sign") ? 1 : 0)]!.text : null,
    unsure,
    ...fields,
  });
}

function tooLarge(m: Match): string {
  const written = m.ps
    .slice(m.start, m.end)
    .map((p) => p.text)
    .join(" ");
  return `\`${written}\` is larger than the check can compare`;
}

/** Read only numerals that count (not "14th", not "one fifth") into money, percent, units. */
export function counts(n: Numeral | undefined): n is Numeral {
  return n !== undefined && n.kind === "cardinal" && !n.article;
}

/** Where a minus may begin a measure, for the engine. */
export const SIGN_STARTS = { roles: ["sign"] as const, texts: ["-"] };
/** An optional minus before the figure. */
export const sign = opt(scan("sign", signAt, SIGN_STARTS));
/** An optional hyphen stuck to what precedes it ("a 20-year history", "12-cent"). */
export const hyphen = opt(attached(text("hyphen", "-")));
