/**
 * A callout keeps its source's qualifier ("nearly", "over") or uses a weaker one; it never drops
 * or flips it.
 */
import type { FactCheck } from "./types.ts";
import { figureRange } from "./describe.ts";
import type { Relation } from "../numbers/qualifiers.ts";

/** What a hedging verb says of the figure after it, for messages. */
const SAYS: Record<Relation, string> = {
  exact: "exactly",
  approx: "about",
  "near-below": "a little under",
  below: "under",
  "at-most": "at most",
  "near-above": "a little over",
  above: "more than",
  "far-above": "well over",
  "at-least": "at least",
  early: "the early part of",
  mid: "the middle of",
  late: "the end of",
};

export const qualifierDropped: FactCheck = {
  codes: ["qualifier-dropped"],
  check({ file, fact, numbers }, ctx) {
    for (const { expr, verdict, outside } of numbers) {
      if (verdict.ok || verdict.problem !== "qualifier" || !verdict.closest) continue;
      const source = verdict.closest.qualifier;
      const message = outside
        ? `Unexpected \`${outside.text}\` before \`${expr.text}\`, which makes it ` +
          `${SAYS[outside.relation]} the figure, expected ` +
          (source === null
            ? `the figure as the source gives it, \`${verdict.closest.text}\``
            : `\`${source}\` or a weaker hedge, as in \`${verdict.closest.text}\``)
        : source === null
          ? `Unexpected qualifier \`${expr.qualifier ?? ""}\` in \`${expr.text}\`, expected ` +
            `the exact figure \`${verdict.closest.text}\` or an approximate one (\`about\`)`
          : expr.qualifier === null
            ? `Unexpected \`${expr.text}\` without a qualifier, expected \`${source}\` as in ` +
              `\`${verdict.closest.text}\``
            : `Unexpected qualifier \`${expr.qualifier}\` in \`${expr.text}\`, expected ` +
              `\`${source}\` or a weaker one, as in \`${verdict.closest.text}\``;
      ctx.report({
        code: "qualifier-dropped",
        file,
        ...figureRange(fact, expr),
        message,
        actual: expr.text,
        expected: [verdict.closest.text],
        hint: "Keep the source's hedge: `nearly` may become `about` or `under`, never nothing or `at least`.",
      });
    }
  },
};
