/**
 * Decides whether a number in a callout says what a number in the quote says:
 * same value once forms and scales are read, same kind, same unit or
 * currency, the same or a weaker qualifier, and rounding only where declared.
 */
import type { NumberExpr } from "./result.ts";
import { relationAllowed } from "./qualifiers.ts";

export type Problem =
  | "not-in-quote" // no number of the quote has this value
  | "kind" // same value, another kind (14 vs 14th, 2012 the year vs 2012 things)
  | "unit" // same value, another unit or currency
  | "qualifier" // same value, but the source's qualifier was dropped or flipped
  | "rounding-undeclared" // the source's value rounds to this, but no `round` says so
  | "rounding-wrong"; // `round` is declared, but the source's value does not round to this

export type Verdict =
  | { ok: true; match: NumberExpr; rounded: boolean }
  | { ok: false; problem: Problem; closest: NumberExpr | null; detail?: string };

/** Only counts, money and percentages are rounded; a year, a date, an ordinal or a time is exact or wrong. */
const ROUNDABLE = new Set(["cardinal", "money", "percent", "fraction"]);
const ABOVE = new Set(["above", "at-least", "far-above", "near-above"]);
const BELOW = new Set(["below", "at-most", "near-below"]);

// Relative: parsing "21.7" then scaling by 1e9 is off by about 1e-16; counts up to 1e12 must still differ by one.
const EPSILON = 1e-12;

/** Compares one callout number with the numbers of its quote; `round` is the declared step, if any. */
export function compareNumber(
  callout: NumberExpr,
  quote: NumberExpr[],
  round: number | null,
): Verdict {
  const same = quote.filter((q) => sameValue(callout, q));
  const roundsHere =
    round === null
      ? []
      : quote.filter((q) => !sameValue(callout, q) && roundsTo(q, callout, round));
  const rounded = roundsHere.filter((q) => roundingRefusal(q, callout, round ?? 0) === null);
  const candidates = [...same, ...rounded];
  for (const q of candidates) {
    if (
      kindAgrees(callout, q) &&
      unitAgrees(callout, q) &&
      relationAllowed(q.relation, callout.relation)
    ) {
      return { ok: true, match: q, rounded: !same.includes(q) };
    }
  }
  const refused = roundsHere.find(
    (q) => kindAgrees(callout, q) && unitAgrees(callout, q) && !rounded.includes(q),
  );
  if (refused && round !== null)
    return {
      ok: false,
      problem: "rounding-wrong",
      closest: refused,
      detail: roundingRefusal(refused, callout, round) ?? "",
    };
  const byKind = candidates.find((q) => !kindAgrees(callout, q));
  const sameKind = candidates.filter((q) => kindAgrees(callout, q));
  const byUnit = sameKind.find((q) => !unitAgrees(callout, q));
  const byQualifier = sameKind.find((q) => unitAgrees(callout, q));
  if (byQualifier) return { ok: false, problem: "qualifier", closest: byQualifier };
  if (byUnit) return { ok: false, problem: "unit", closest: byUnit };
  if (byKind) return { ok: false, problem: "kind", closest: byKind };

  const alike = quote.filter((q) => kindAgrees(callout, q) && unitAgrees(callout, q));
  if (round === null) {
    const roundable = alike.find((q) => roundsTo(q, callout, displayedStep(callout)));
    if (roundable) return { ok: false, problem: "rounding-undeclared", closest: roundable };
    return { ok: false, problem: "not-in-quote", closest: nearest(callout, alike) };
  }
  const near = nearest(callout, alike);
  return { ok: false, problem: near ? "rounding-wrong" : "not-in-quote", closest: near };
}

/** The step of the last digit the callout shows: 0.1 for "US$1.8 billion". */
export function displayedStep(n: NumberExpr): number {
  const shown = Number((n.value / n.scale).toPrecision(12)).toString();
  const decimals = shown.includes(".") ? shown.length - shown.indexOf(".") - 1 : 0;
  return 10 ** -decimals;
}

function sameValue(a: NumberExpr, b: NumberExpr): boolean {
  if (a.kind === "date" || b.kind === "date") return datesAgree(a, b);
  return (
    close(a.value, valueAs(b, a)) &&
    ((a.to === null && b.to === null) ||
      (a.to !== null && b.to !== null && close(a.to, valueAs({ ...b, value: b.to }, a))))
  );
}

/** The source's value in the callout's terms: "one quarter" is 25 where the callout says "25%". */
function valueAs(source: NumberExpr, callout: NumberExpr): number {
  if (callout.kind === "percent" && source.kind === "fraction") return source.value * 100;
  if (callout.kind === "fraction" && source.kind === "percent") return source.value / 100;
  return source.value;
}

/** A share of a whole: a percent (not percentage points) or a fraction. */
function isShare(n: NumberExpr): boolean {
  return (n.kind === "percent" && n.unit === "%") || n.kind === "fraction";
}

function unitAgrees(callout: NumberExpr, quote: NumberExpr): boolean {
  return callout.unit === quote.unit || (isShare(callout) && isShare(quote));
}

/** Why rounding `source` to `callout` at `step` is refused, or null when it is fair. */
export function roundingRefusal(
  source: NumberExpr,
  callout: NumberExpr,
  step: number,
): string | null {
  if (!ROUNDABLE.has(callout.kind))
    return `${/^[aeiou]/.test(callout.kind) ? "an" : "a"} ${callout.kind} is never rounded`;
  const shown = Math.abs(callout.value / callout.scale);
  if (step * 10 > shown * (1 + EPSILON))
    return `a step of \`${step}\` leaves fewer than two significant digits of \`${callout.text}\``;
  const relation = source.relation;
  const value = valueAs(source, callout);
  if (ABOVE.has(relation) && callout.value > value)
    return `rounding \`${source.text}\` up would raise its lower bound`;
  if (BELOW.has(relation) && callout.value < value)
    return `rounding \`${source.text}\` down would lower its upper bound`;
  return null;
}

/**
 * A callout year may stand for a dated event of that year (or a range of dates within it); a date
 * must agree as far as the callout says, and a range of dates end for end.
 */
function datesAgree(callout: NumberExpr, quote: NumberExpr): boolean {
  if (callout.kind === "year" && quote.kind === "date") {
    if (callout.to !== null || quote.date === null) return false;
    const year = String(callout.value);
    return quote.date.startsWith(year) && (quote.dateTo === null || quote.dateTo.startsWith(year));
  }
  if (callout.kind !== "date" || quote.kind !== "date") return false;
  if ((callout.dateTo === null) !== (quote.dateTo === null)) return false;
  return (
    dateAgrees(callout.date, quote.date) &&
    (callout.dateTo === null || dateAgrees(callout.dateTo, quote.dateTo))
  );
}

/** `16 July` for `16 July, 2017`: the callout may leave out the year, never the month or the day. */
function dateAgrees(callout: string | null, quote: string | null): boolean {
  if (callout === null || quote === null) return false;
  if (callout.startsWith("--")) return quote.slice(quote.indexOf("-", 1)) === callout.slice(1);
  return quote.startsWith(callout);
}

/** The same kind; a share may be a percent or a fraction; a year may stand for a date. */
function kindAgrees(callout: NumberExpr, quote: NumberExpr): boolean {
  return (
    callout.kind === quote.kind ||
    (callout.kind === "year" && quote.kind === "date") ||
    (isShare(callout) && isShare(quote))
  );
}

/** True when `source`, rounded to `step` in the callout's scale, is the callout's value. */
function roundsTo(source: NumberExpr, callout: NumberExpr, step: number): boolean {
  if (step <= 0 || callout.to !== null || source.to !== null || callout.kind === "date")
    return false;
  const shown = callout.value / callout.scale;
  return close(roundHalfAway(valueAs(source, callout) / callout.scale, step), shown);
}

/**
 * Rounds half away from zero in decimal, not binary: 1.45 / 0.1 is
 * 14.499999999999998 in floating point, which must still round to 15.
 */
export function roundHalfAway(value: number, step: number): number {
  const steps = Number((Math.abs(value) / step).toPrecision(12));
  return Math.sign(value) * Math.floor(steps + 0.5) * step;
}

function nearest(callout: NumberExpr, quote: NumberExpr[]): NumberExpr | null {
  let best: NumberExpr | null = null;
  for (const q of quote) {
    if (!best || Math.abs(q.value - callout.value) < Math.abs(best.value - callout.value)) best = q;
  }
  return best;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}
