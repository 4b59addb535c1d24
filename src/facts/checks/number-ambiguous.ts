/**
 * A figure equal to one of several like numbers in its source's sentence ("US$1.79 billion and
 * US$1.53 billion respectively") must say which it is: the page names the words the source gives
 * that number, and not another's (claims/items.ts).
 */
import { itemVerdict } from "../claims/items.ts";
import type { FactCheck } from "./types.ts";
import { figureRange } from "./describe.ts";

export const numberAmbiguous: FactCheck = {
  codes: ["number-ambiguous"],
  check({ file, fact, numbers, location }, ctx) {
    const passage = location?.passage;
    if (!passage) return;
    const shown = numbers.map((n) => n.expr);
    const { context } = fact;
    for (const { expr, verdict } of numbers) {
      if (!verdict.ok) continue;
      const figure = { start: context.start + expr.start, end: context.start + expr.end };
      const items = itemVerdict(
        context.text,
        figure,
        passage.blockText.block.text,
        verdict.match,
        shown,
      );
      if (items.ok) continue;
      const expected = items.expected.map((w) => `\`${w}\``).join(", ") || "its own words";
      ctx.report({
        code: "number-ambiguous",
        file,
        ...figureRange(fact, expr),
        message:
          items.problem === "unnamed"
            ? `Unexpected \`${expr.text}\` that could be any of the source's like numbers, ` +
              `expected the words that say which it is (${expected})`
            : `Unexpected \`${expr.text}\` beside the words of another of the source's numbers ` +
              `(${items.others.map((w) => `\`${w}\``).join(", ")}), expected ${expected}`,
        hint:
          "Name what the figure counts next to it, in the source's words " +
          `(${expected}), as the source pairs it.`,
      });
    }
  },
};
