/** Words for numbers in messages. */
import type { NumberExpr } from "../numbers/read.ts";

/** "`US$21.7 billion`, `135 billion renminbi`", or "none" when the quote holds no number. */
export function listNumbers(numbers: NumberExpr[]): string {
  return numbers.length ? numbers.map((n) => `\`${n.text}\``).join(", ") : "none";
}

/** "the money `US$21.7 billion` (USD)". */
export function describe(n: NumberExpr): string {
  const unit = n.unit === null ? "" : ` (${n.unit})`;
  return `the ${n.kind} \`${n.text}\`${unit}`;
}
