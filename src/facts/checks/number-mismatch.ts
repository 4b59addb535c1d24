/** Every number in a callout is a number of its quote: same value, kind and unit. */
import type { FactCheck } from "./types.ts";
import { describe, figureRange, listNumbers } from "./describe.ts";

export const numberMismatch: FactCheck = {
  codes: ["number-not-in-quote", "number-kind-mismatch", "number-unit-mismatch"],
  check({ file, fact, numbers, quoteNumbers }, ctx) {
    for (const { expr, verdict } of numbers) {
      if (verdict.ok) continue;
      const at = { file, ...figureRange(fact, expr) };
      if (verdict.problem === "not-in-quote") {
        ctx.report({
          ...at,
          code: "number-not-in-quote",
          message: `Unexpected figure \`${expr.text}\`, expected a number in the quote (${listNumbers(quoteNumbers)})`,
          actual: expr.text,
          expected: quoteNumbers.map((n) => n.text),
          hint:
            "Show the figure as the quote gives it, or quote the passage that holds this " +
            "figure. `npm run check -- numbers` shows how a text is read.",
        });
      } else if (verdict.problem === "kind" && verdict.closest) {
        ctx.report({
          ...at,
          code: "number-kind-mismatch",
          message:
            `Unexpected ${expr.kind} \`${expr.text}\`, expected ${describe(verdict.closest)} ` +
            `as the quote has it`,
          actual: expr.text,
          expected: [verdict.closest.text],
          ...(verdict.closest.kind === "year" && expr.kind === "cardinal"
            ? {
                hint:
                  "Four digits before what they count (`2008 students`) are a count, not the " +
                  "year the quote gives: cite the year as a year (`in 2008`).",
              }
            : {}),
        });
      } else if (verdict.problem === "unit" && verdict.closest && expr.unit !== "$") {
        // A bare `$` is reported once, by number-unreadable.
        ctx.report({
          ...at,
          code: "number-unit-mismatch",
          message:
            `Unexpected unit ${expr.unit === null ? "(none)" : `\`${expr.unit}\``} in ` +
            `\`${expr.text}\`, expected ${describe(verdict.closest)}`,
          actual: expr.text,
          expected: [verdict.closest.text],
          hint: "Currencies are never converted or assumed: `US$` is not renminbi, and a bare `$` names no currency.",
        });
      }
    }
  },
};
