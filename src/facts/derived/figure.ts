/**
 * Whether a derived figure says what its formula computes: the result in the
 * figure's terms (a share shown as `24%` is 24), exact, or rounded half away
 * from zero at the declared step, with the callouts' rounding rules.
 */
import { displayedStep, roundHalfAway } from "../numbers/compare.ts";
import type { NumberExpr } from "../numbers/read.ts";
import type { Quantity } from "./quantity.ts";

export type FigureVerdict =
  | { ok: true; rounded: boolean }
  | { ok: false; problem: "measure" }
  | { ok: false; problem: "rounding-undeclared"; step: number }
  | { ok: false; problem: "rounding-wrong"; detail: string }
  | { ok: false; problem: "wrong" };

// As in compare.ts: parsing "2.5" is off by about 1e-16.
const EPSILON = 1e-12;

/**
 * The result in the figure's plain units (a share as a percentage for a `%` figure), or null when
 * the figure measures something else.
 */
export function inFigureTerms(result: Quantity, figure: NumberExpr): number | null {
  const m = result.measure;
  if (m.kind === "number") {
    if (figure.kind === "percent") return result.value * 100;
    if (
      figure.kind === "multiple" ||
      figure.kind === "fraction" ||
      (figure.kind === "cardinal" && figure.unit === null)
    )
      return result.value;
    return null;
  }
  if (m.kind === "year") return figure.kind === "year" ? result.value : null;
  return (figure.kind === "money" || figure.kind === "cardinal") && figure.unit === m.unit
    ? result.value
    : null;
}

/** Judges a figure against the result in its terms; `step` is the declared rounding. */
export function judgeFigure(
  result: number,
  figure: NumberExpr,
  step: number | null,
): FigureVerdict {
  const shown = figure.value / figure.scale;
  const exact = result / figure.scale;
  if (step === null) {
    if (close(exact, shown)) return { ok: true, rounded: false };
    const displayed = displayedStep(figure);
    return figure.kind !== "year" && close(roundHalfAway(exact, displayed), shown)
      ? { ok: false, problem: "rounding-undeclared", step: displayed }
      : { ok: false, problem: "wrong" };
  }
  const refusal = refusalOf(figure, shown, step);
  if (refusal) return { ok: false, problem: "rounding-wrong", detail: refusal };
  if (close(roundHalfAway(exact, step), shown)) return { ok: true, rounded: !close(exact, shown) };
  // Within a step of the result: the right result, rounded the wrong way (cut off, or rounded half
  // down).
  if (Math.abs(exact - shown) <= step * (1 + EPSILON))
    return {
      ok: false,
      problem: "rounding-wrong",
      detail: `rounded half away from zero at \`${trim(step)}\` it is \`${trim(roundHalfAway(exact, step))}\``,
    };
  return { ok: false, problem: "wrong" };
}

/** Why a step cannot round this figure, or null. */
function refusalOf(figure: NumberExpr, shown: number, step: number): string | null {
  if (figure.kind === "year") return "a year is never rounded";
  if (step * 10 > Math.abs(shown) * (1 + EPSILON))
    return `a step of \`${trim(step)}\` leaves fewer than two significant digits of \`${figure.text}\``;
  if (displayedStep(figure) < step * (1 - EPSILON))
    return `\`${figure.text}\` shows more digits than the step \`${trim(step)}\``;
  return null;
}

/** A number as the reader's note shows it: six significant digits, no trailing zeros. */
export function trim(n: number): string {
  return Number(n.toPrecision(6)).toString();
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The figure written with another number, for the reader's note: `about 2.5 times` with 2.50867 is
 * `2.50867 times`.
 */
export function restate(figure: NumberExpr, shown: string): string {
  const unhedged =
    figure.qualifier === null ? figure.text : figure.text.slice(figure.qualifier.length).trim();
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(unhedged);
  return digits
    ? unhedged.slice(0, digits.index) + shown + unhedged.slice(digits.index + digits[0].length)
    : shown;
}
