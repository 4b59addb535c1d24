/** A `<Derived>` shows one number, as plain text the check can read. */
import type { DerivedCheck } from "./types.ts";

export const derivedFigure: DerivedCheck = {
  codes: ["derived-figure-unreadable"],
  check({ file, derived, figureProblem }, ctx) {
    for (const p of derived.problems) {
      if (p.attribute === "")
        ctx.report({
          code: "derived-figure-unreadable",
          file,
          offset: p.offset,
          message: p.message,
        });
    }
    if (figureProblem === null || derived.problems.some((p) => p.attribute === "")) return;
    ctx.report({
      code: "derived-figure-unreadable",
      file,
      offset: derived.start,
      endOffset: derived.end,
      message:
        `Unexpected figure \`${derived.text}\` for a derived figure, expected one number ` +
        `the formula computes: ${figureProblem}`,
      hint:
        "Put one number between the tags (`about 2.5 times`, `24%`, `US$13 billion`) and " +
        "the words around it outside.",
    });
  },
};
