/** A callout holds no figure the reader would have to guess at. */
import type { FactCheck } from "./types.ts";
import { figureRange } from "./describe.ts";

export const numberUnreadable: FactCheck = {
  codes: ["number-unreadable"],
  check({ file, fact, unsure, numbers }, ctx) {
    for (const u of unsure) {
      ctx.report({
        code: "number-unreadable",
        file,
        ...figureRange(fact, u),
        message:
          `Unexpected \`${u.text}\` that the number reader cannot read, expected a figure ` +
          `written as the source writes it: ${u.reason}`,
      });
    }
    for (const { expr } of numbers) {
      if (expr.unit !== "$") continue;
      ctx.report({
        code: "number-unreadable",
        file,
        ...figureRange(fact, expr),
        message: `Unexpected \`${expr.text}\` with a bare \`$\`, expected a named currency such as \`US$\``,
        hint: "A bare `$` could be any dollar; the check does not guess.",
      });
    }
  },
};
