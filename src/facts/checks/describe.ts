/** Words for numbers in messages. */
import type { Finding } from "../diagnostics.ts";
import type { NumberExpr } from "../numbers/read.ts";
import type { ExtractedFact } from "../mdx/extract.ts";
import { rangeOf } from "../mdx/text-offsets.ts";

/** Where a number of a callout's figure stands in the page. */
export function figureRange(
  fact: ExtractedFact,
  n: { start: number; end: number },
): { offset: number; endOffset: number } {
  return rangeOf(fact.placed, n.start, n.end, fact.start);
}

/** "`US$21.7 billion`, `135 billion renminbi`", or "none" when the quote holds no number. */
export function listNumbers(numbers: NumberExpr[]): string {
  return numbers.length ? numbers.map((n) => `\`${n.text}\``).join(", ") : "none";
}

/** "the money `US$21.7 billion` (USD)". */
export function describe(n: NumberExpr): string {
  const unit = n.unit === null ? "" : ` (${n.unit})`;
  return `the ${n.kind} \`${n.text}\`${unit}`;
}

/**
 * "Unexpected input `x`: it is refused at 17:120 (`number-not-in-quote`)…", for a derived figure or
 * a chart whose callout the check refused: one error per cause, reported where the cause is.
 */
export function refusedInput(
  name: string,
  refusal: Finding,
  file: string,
): { message: string; hint: string } {
  const place = `${refusal.file === file ? "" : `${refusal.file}:`}${refusal.line}:${refusal.column}`;
  return {
    message:
      `Unexpected input \`${name}\`: it is refused at ${place} (\`${refusal.code}\`), expected ` +
      `a callout the check accepts`,
    hint: "Fix that callout first; this figure is checked again from it.",
  };
}
