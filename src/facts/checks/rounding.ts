/** A rounded figure declares its precision (`round="0.1"`), and the source's value really rounds to it. */
import { displayedStep } from "../numbers/compare.ts";
import type { FactCheck } from "./types.ts";

export const rounding: FactCheck = {
  codes: ["rounding-undeclared", "rounding-wrong"],
  check({ file, fact, numbers }, ctx) {
    for (const { expr, verdict } of numbers) {
      if (verdict.ok || !verdict.closest) continue;
      const at = { file, offset: fact.textStart + expr.start, endOffset: fact.textStart + expr.end, actual: expr.text, expected: [verdict.closest.text] };
      if (verdict.problem === "rounding-undeclared") {
        const step = displayedStep(expr);
        ctx.report({ ...at, code: "rounding-undeclared", message: `Unexpected rounded figure \`${expr.text}\`, expected \`${verdict.closest.text}\` as the quote has it, or a declared precision`, hint: `If rounding is meant, add \`round="${trimStep(step)}"\` to the \`<Fact>\`.` });
      } else if (verdict.problem === "rounding-wrong") {
        ctx.report({ ...at, code: "rounding-wrong", message: `Unexpected \`${expr.text}\` for \`${verdict.closest.text}\` rounded to \`${fact.attributes.round ?? ""}\`, expected the source's value rounded to that step`, hint: "Round half away from zero in the units the figure is shown in." });
      }
    }
  },
};

function trimStep(step: number): string {
  return Number(step.toPrecision(6)).toString();
}
