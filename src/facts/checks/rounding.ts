/**
 * A rounded figure declares its precision (`round="0.1"`), and the source's value really rounds to
 * it.
 */
import { displayedStep, roundHalfAway } from "../numbers/compare.ts";
import type { FactCheck } from "./types.ts";
import { figureRange } from "./describe.ts";

export const rounding: FactCheck = {
  codes: ["rounding-undeclared", "rounding-wrong"],
  check({ file, fact, numbers, round }, ctx) {
    for (const { expr, verdict } of numbers) {
      if (verdict.ok || !verdict.closest) continue;
      const at = {
        file,
        ...figureRange(fact, expr),
        actual: expr.text,
        expected: [verdict.closest.text],
      };
      if (verdict.problem === "rounding-undeclared") {
        const step = displayedStep(expr);
        ctx.report({
          ...at,
          code: "rounding-undeclared",
          message:
            `Unexpected rounded figure \`${expr.text}\`, expected ` +
            `\`${verdict.closest.text}\` as the quote has it, or a declared precision`,
          hint: `If rounding is meant, add \`round="${trimStep(step)}"\` to the \`<Fact>\`.`,
        });
      } else if (verdict.problem === "rounding-wrong") {
        const rounded = trimStep(roundHalfAway(verdict.closest.value / expr.scale, round ?? 1));
        const message = verdict.detail
          ? `Unexpected rounding of \`${verdict.closest.text}\` to \`${expr.text}\`, ` +
            `expected the source's figure: ${verdict.detail}`
          : `Unexpected \`${expr.text}\` for \`${verdict.closest.text}\` rounded to ` +
            `\`${fact.attributes.round ?? ""}\`, expected \`${rounded}\` in the figure's ` +
            `units`;
        ctx.report({
          ...at,
          code: "rounding-wrong",
          message,
          hint:
            "Round half away from zero, to a power of ten that keeps two significant digits, " +
            "and never past a bound (`more than`, `nearly`).",
        });
      }
    }
  },
};

function trimStep(step: number): string {
  return Number(step.toPrecision(6)).toString();
}
