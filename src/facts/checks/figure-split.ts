/**
 * A callout holds its whole figure: a qualifier, currency, scale or unit left
 * just outside the tag ("more than <Fact>US$4.5 billion</Fact>",
 * "<Fact>22</Fact> million") changes what readers see but would not be checked.
 * The words around it are read as readers see them: through emphasis, links and
 * line breaks (`*more than* <Fact>…`).
 */
import { readText } from "../numbers/read.ts";
import type { FigureContext } from "../mdx/extract.ts";
import type { FactCheck } from "./types.ts";

// Enough of the block on each side for any hedge, currency, scale or unit of one figure.
const AROUND = 60;
// The words that join a range's ends, which may stand between two callouts ("from <Fact>2010</Fact>
// to <Fact>2013</Fact>") or before one that holds both ends ("between <Fact>January and …</Fact>").
const LINKS = /\b(?:from|between|to|and|through|until|till)\b|[-–—]/giu;

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
          ? unchecked(context, from + n.start, from + start)
          : n.start < end && n.end > end
            ? unchecked(context, from + end, from + n.end)
            : null;
      if (outside === null || outside === "") continue;
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

/**
 * What of `[from, to)` of the block is outside every callout and not a range's link word: what a
 * reader sees of the figure that no callout checks.
 */
function unchecked(context: FigureContext, from: number, to: number): string {
  let text = "";
  for (let k = from; k < to; k++)
    if (!context.callouts.some((c) => c.start <= k && k < c.end)) text += context.text[k];
  return text.replace(LINKS, " ").trim();
}
