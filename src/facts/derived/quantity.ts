/**
 * What a formula computes with: a value and what it measures. Amounts of the
 * same unit add and subtract and divide into plain numbers; a plain number
 * scales anything; calendar years subtract into a number of years. Anything
 * else (dollars plus renminbi, an amount times an amount) is refused, never
 * converted.
 */
import type { NumberExpr } from "../numbers/read.ts";
import type { Formula, Operator } from "./formula.ts";

export type Measure =
  | { kind: "number" } // a plain number, a multiple, a share (41% is 0.41)
  | { kind: "amount"; unit: string | null } // money (`USD`), a count (null), a length of time (`years`), an area…
  | { kind: "year" }; // a calendar year

export interface Quantity {
  value: number;
  measure: Measure;
}

/** A quantity from a number of a callout, or why it cannot enter a formula. */
export function quantityOf(n: NumberExpr, value = n.value): Quantity | { refused: string } {
  if (n.to !== null) return { refused: `the range \`${n.text}\` is not one number` };
  switch (n.kind) {
    case "money":
    case "cardinal":
      return { value, measure: { kind: "amount", unit: n.unit } };
    case "percent":
      return { value: value / 100, measure: { kind: "number" } };
    case "fraction":
    case "multiple":
      return { value, measure: { kind: "number" } };
    case "year":
      return { value, measure: { kind: "year" } };
    default:
      return {
        refused: `${/^[aeiou]/.test(n.kind) ? "an" : "a"} ${n.kind} (\`${n.text}\`) is not a quantity to compute with`,
      };
  }
}

/** Evaluates a formula whose names are all bound; an operation on measures that do not combine is refused. */
export function evaluate(
  formula: Formula,
  inputs: ReadonlyMap<string, Quantity>,
): Quantity | { refused: string } {
  if (formula.type === "number") return { value: formula.value, measure: { kind: "number" } };
  if (formula.type === "name") {
    const q = inputs.get(formula.name);
    return q ?? { refused: `\`${formula.name}\` has no value` };
  }
  const left = evaluate(formula.left, inputs);
  if ("refused" in left) return left;
  const right = evaluate(formula.right, inputs);
  if ("refused" in right) return right;
  return combine(formula.op, left, right);
}

function combine(op: Operator, a: Quantity, b: Quantity): Quantity | { refused: string } {
  const measure = combinedMeasure(op, a.measure, b.measure);
  if (measure === null)
    return { refused: `${nameOf(a.measure)} ${VERB[op]} ${nameOf(b.measure)} means nothing` };
  if (op === "/" && b.value === 0) return { refused: "it divides by zero" };
  const value =
    op === "+"
      ? a.value + b.value
      : op === "-"
        ? a.value - b.value
        : op === "*"
          ? a.value * b.value
          : a.value / b.value;
  return { value, measure };
}

const VERB: Record<Operator, string> = {
  "+": "plus",
  "-": "minus",
  "*": "times",
  "/": "divided by",
};

function combinedMeasure(op: Operator, a: Measure, b: Measure): Measure | null {
  const same = sameMeasure(a, b);
  const years: Measure = { kind: "amount", unit: "years" };
  if (op === "+" || op === "-") {
    if (a.kind === "year" && b.kind === "year") return op === "-" ? years : null;
    // A calendar year moved by a number of years is a year; the reader's note says how it was reached.
    if (a.kind === "year" && sameMeasure(b, years)) return a;
    if (op === "+" && b.kind === "year" && sameMeasure(a, years)) return b;
    return same && a.kind !== "year" ? a : null;
  }
  if (a.kind === "year" || b.kind === "year") return null;
  if (op === "*") return a.kind === "number" ? b : b.kind === "number" ? a : null;
  if (b.kind === "number") return a;
  return same ? { kind: "number" } : null;
}

function sameMeasure(a: Measure, b: Measure): boolean {
  return (
    a.kind === b.kind && (a.kind !== "amount" || a.unit === (b as { unit: string | null }).unit)
  );
}

/** "an amount in USD", "a plain number", "a calendar year". */
export function nameOf(m: Measure): string {
  if (m.kind === "number") return "a plain number";
  if (m.kind === "year") return "a calendar year";
  return m.unit === null
    ? "a count"
    : m.unit === "years"
      ? "a number of years"
      : `an amount in ${m.unit}`;
}
