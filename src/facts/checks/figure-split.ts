/**
 * A callout holds its whole figure: a qualifier, currency, scale or unit left
 * just outside the tag ("more than <Fact>US$4.5 billion</Fact>",
 * "<Fact>22</Fact> million") changes what readers see but would not be checked.
 */
import { readText } from "../numbers/read.ts";
import type { FactCheck } from "./types.ts";

export const figureSplit: FactCheck = {
  codes: ["figure-split"],
  check({ file, fact }, ctx) {
    const { before, after, text } = fact;
    if (before === "" && after === "") return;
    const from = before.length;
    const to = from + text.length;
    for (const n of readText(before + text + after).numbers) {
      const outside =
        n.start < from && n.end > from
          ? n.text.slice(0, from - n.start)
          : n.start < to && n.end > to
            ? n.text.slice(to - n.start)
            : null;
      if (outside === null) continue;
      ctx.report({
        code: "figure-split",
        file,
        offset: fact.start,
        endOffset: fact.end,
        message:
          `Unexpected \`${outside.trim()}\` outside the \`<Fact>\`: readers see the figure ` +
          `\`${n.text}\`, expected all of it inside the callout, where it is checked`,
        hint: `Move \`${outside.trim()}\` into the callout: \`<Fact …>${n.text}</Fact>\`.`,
      });
      return;
    }
  },
};
