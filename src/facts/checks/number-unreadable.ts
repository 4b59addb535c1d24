/** A callout holds no figure the reader would have to guess at. */
import type { NumberExpr } from "../numbers/read.ts";
import type { FactCheck } from "./types.ts";
import { figureRange } from "./describe.ts";

export const numberUnreadable: FactCheck = {
  codes: ["number-unreadable"],
  check({ file, fact, unsure, numbers, quoteNumbers }, ctx) {
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
      const named = namedCurrency(expr, quoteNumbers);
      ctx.report({
        code: "number-unreadable",
        file,
        ...figureRange(fact, expr),
        message: named
          ? `Unexpected \`${expr.text}\` with a bare \`$\`, expected the currency the quote ` +
            `names: \`${named.text}\``
          : `Unexpected \`${expr.text}\` with a bare \`$\`, expected a named currency such as ` +
            `\`US$\` or \`renminbi\``,
        hint: named
          ? `Write it as the quote does, \`${named.text}\`: a bare \`$\` could be any dollar, and ` +
            `the check does not guess.`
          : "A bare `$` could be any dollar; the check does not guess. Name the currency as the " +
            "source does.",
      });
    }
  },
};

/**
 * The quote's money that a bare-`$` figure stands for: the one of the same value, or the quote's
 * only currency.
 */
function namedCurrency(figure: NumberExpr, quote: readonly NumberExpr[]): NumberExpr | null {
  const money = quote.filter((n) => n.kind === "money" && n.unit !== null && n.unit !== "$");
  const same = money.find((n) => n.value === figure.value);
  if (same) return same;
  return new Set(money.map((n) => n.unit)).size === 1 ? money[0]! : null;
}
