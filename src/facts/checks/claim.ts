/**
 * The sentence around a callout says what the source's sentence says around the number it
 * matches: a rise is no fall, a denial no assertion, a count a year no count a month, a year
 * "since" no year "in". Each kind of difference has its own code (see claims/compare.ts).
 */
import { causeBetweenCallouts } from "../claims/cause.ts";
import { compareFrames } from "../claims/compare.ts";
import type { FactCheck } from "./types.ts";
import { figureRange } from "./describe.ts";

const HINTS = {
  "claim-direction":
    "Say the change as the source does (`rose`, `up from`, `an increase of`), or leave the change " +
    "out; the check reads the quote's whole sentence.",
  "claim-negation": "Keep the source's sense: drop the negation, or cite a passage that denies it.",
  "claim-modality":
    "State the figure as the source does: a fact as a fact (`trains`), a plan or forecast as one " +
    "(`plans to`, `is expected to`).",
  "claim-period":
    "Count the figure over the source's period (`each year`, `year on year`), in the same sentence " +
    "as the callout.",
  "claim-time-anchor":
    "Anchor the year as the source does (`in 2012`, `by the end of 2012`, `since 2010`); a plain " +
    "`in` may stand for the start, middle or end of a year.",
  "claim-cause":
    "Say what the source says side by side (`and`, `while`), not that one caused the other, " +
    "unless the source's sentence says so too.",
  "claim-attribution":
    "Name whom the source credits for the figure, in the paragraph of the quote (`according to " +
    "…`), or leave the attribution out.",
  "claim-weekday": "Give the day of the week the date fell on, or leave the day out.",
} as const;

export const claim: FactCheck = {
  codes: Object.keys(HINTS),
  check({ file, fact, numbers }, ctx) {
    const framed = numbers.filter((n) => n.verdict.ok && n.claim);
    const cause =
      framed.length > 0
        ? (causeBetweenCallouts(fact.context) ?? framed[0]!.claim!.page.causeOf)
        : null;
    const stated = framed.find((n) => n.claim!.source.cause);
    if (cause && !stated) {
      const { expr, claim: frames } = framed[0]!;
      ctx.report({
        code: "claim-cause",
        file,
        ...figureRange(fact, expr),
        message:
          `Unexpected claim of a cause (\`${cause}\`) around \`${expr.text}\`, expected what ` +
          `the source says: no cause, only what it states (\`${frames!.source.clause}\`)`,
        actual: frames!.page.clause,
        expected: [frames!.source.clause],
        hint: HINTS["claim-cause"],
      });
    }
    for (const { expr, verdict, claim: frames } of numbers) {
      if (!verdict.ok || !frames) continue;
      for (const problem of compareFrames(frames.page, frames.source, expr, verdict.match)) {
        ctx.report({
          code: problem.code,
          file,
          ...figureRange(fact, expr),
          message:
            `Unexpected claim that ${problem.page} around \`${expr.text}\`, expected what the ` +
            `source says: ${problem.source} (\`${frames.source.clause}\`)`,
          actual: frames.page.clause,
          expected: [frames.source.clause],
          hint: HINTS[problem.code],
        });
      }
    }
  },
};
