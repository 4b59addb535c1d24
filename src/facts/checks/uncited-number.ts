/**
 * A number in a page's prose sits in a `<Fact>`, or in a visible opt-out that says why it is no
 * claim.
 */
import { NOT_A_CLAIM } from "../mdx/extract.ts";
import type { PageCheck } from "./types.ts";

export const uncitedNumber: PageCheck = {
  codes: ["uncited-number", "opt-out-without-reason"],
  check({ file, extracted }, ctx) {
    for (const { number, offset, endOffset } of extracted.uncited) {
      ctx.report({
        code: "uncited-number",
        file,
        offset,
        endOffset,
        message: `Unexpected ${number.kind} \`${number.text}\` without a source, expected every figure in a \`<Fact>\``,
        hint:
          `Cite it: \`<Fact source="…" quote="…">${number.text}</Fact>\`. If it is no ` +
          `claim (a heading number, say), wrap it: \`<${NOT_A_CLAIM} ` +
          `why="…">${number.text}</${NOT_A_CLAIM}>\`.`,
      });
    }
    for (const u of extracted.unreadable) {
      ctx.report({
        code: "uncited-number",
        file,
        offset: u.offset,
        endOffset: u.endOffset,
        message:
          `Unexpected \`${u.text.length > 40 ? `${u.text.slice(0, 40)}…` : u.text}\` that ` +
          `may state a figure without a source, expected every figure in a \`<Fact>\`: ` +
          `${u.reason}`,
        hint:
          `Write the figure as plain text in a \`<Fact>\`, or wrap what is no claim in ` +
          `\`<${NOT_A_CLAIM} why="…">\`.`,
      });
    }
    for (const optOut of extracted.optOuts) {
      if (optOut.why !== null) continue;
      ctx.report({
        code: "opt-out-without-reason",
        file,
        offset: optOut.start,
        message: `Unexpected \`<${NOT_A_CLAIM}>\` without \`why\`, expected a reason readers and reviewers can see`,
        hint: `Write \`<${NOT_A_CLAIM} why="…">\`.`,
      });
    }
  },
};
