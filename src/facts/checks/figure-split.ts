/**
 * A callout holds its whole figure: a qualifier, currency, scale or unit left
 * just outside the tag ("more than <Fact>US$4.5 billion</Fact>",
 * "<Fact>22</Fact> million") changes what readers see but would not be checked.
 * The words around it are read as readers see them: through emphasis, links and
 * line breaks (`*more than* <Fact>…`).
 */
import { readText } from "../numbers/read.ts";
import type { FactCheck } from "./types.ts";

// Enough of the block on each side for any hedge, currency, scale or unit of one figure.
const AROUND = 60;

export const figureSplit: FactCheck = {
  codes: ["figure-split"],
  check({ file, fact }, ctx) {
    const { context } = fact;
    const from = Math.max(0, context.start - AROUND);
    const window = context.text.slice(from, context.end + AROUND);
    const start = context.start - from;
    const end = context.end - from;
    for (const n of readText(window).numbers) {
      const outside =
        n.start < start && n.end > start
          ? window.slice(n.start, start)
          : n.start < end && n.end > end
            ? window.slice(end, n.end)
            : null;
      if (outside === null || outside.trim() === "") continue;
      const seen = n.text.replace(/\s+/g, " ");
      ctx.report({
        code: "figure-split",
        file,
        offset: fact.start,
        endOffset: fact.end,
        message:
          `Unexpected \`${outside.trim()}\` outside the \`<Fact>\`: readers see the figure ` +
          `\`${seen}\`, expected all of it inside the callout, where it is checked`,
        hint: `Move \`${outside.trim()}\` into the callout: \`<Fact …>${seen}</Fact>\`.`,
      });
      return;
    }
  },
};
