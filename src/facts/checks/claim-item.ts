/**
 * A count counts what its source counts: `80,000 software companies` is no citation of "some
 * 80,000 employees", and `500 global enterprises` none of the name "Global 500". Nouns are compared
 * through a small table of kinds (claims/nouns.ts); a noun it does not know is not compared.
 */
import { readText } from "../numbers/read.ts";
import type { NumberExpr } from "../numbers/read.ts";
import {
  countedNoun,
  elidedNoun,
  nameBefore,
  nounBefore,
  sameThing,
  type Counted,
} from "../claims/nouns.ts";
import type { FactCheck } from "./types.ts";
import { figureRange } from "./describe.ts";

export const claimItem: FactCheck = {
  codes: ["claim-item"],
  check({ file, fact, numbers, location }, ctx) {
    const passage = location?.passage;
    if (!passage) return;
    const source = passage.blockText.block.text;
    const { context } = fact;
    for (const { expr, verdict } of numbers) {
      if (!verdict.ok || verdict.match.kind !== "cardinal" || expr.kind !== "cardinal") continue;
      const at = { start: context.start + expr.start, end: context.start + expr.end };
      const { match } = verdict;
      // A name holds a number in digits alone: "Global 500", never "Beijing eight years".
      const digits = /^\d[\d,]*$/.test(match.text) && match.unit === null;
      const name = digits ? nameBefore(source, match.start) : null;
      if (name && nameBefore(context.text, at.start)?.toLowerCase() !== name.toLowerCase()) {
        ctx.report({
          code: "claim-item",
          file,
          ...figureRange(fact, expr),
          message:
            `Unexpected count \`${expr.text}\`, expected the name \`${name} ${match.text}\` ` +
            `as the source has it: a number in a name counts nothing`,
          actual: expr.text,
          expected: [`${name} ${match.text}`],
          hint: `Keep the name whole (\`${name} ${match.text}\`), or cite a passage that counts.`,
        });
        continue;
      }
      const page =
        countedNoun(context.text, at.start, at.end) ?? nounBefore(context.text, at.start);
      if (!page) continue;
      const counted = countedNoun(source, match.start, match.end) ?? elided(source, match);
      if (!counted || sameThing(page, counted)) continue;
      ctx.report({
        code: "claim-item",
        file,
        ...figureRange(fact, expr),
        message:
          `Unexpected \`${expr.text}\` counted as ${describe(page)}, expected what the source ` +
          `counts: ${describe(counted)}`,
        actual: page.word,
        expected: [counted.word],
        hint:
          `Name what the figure counts as the source does (\`${counted.word}\`), or cite the ` +
          `passage that counts ${page.word}.`,
      });
    }
  },
};

/** A count that ends its clause ("has since expanded to over 200"), by the count before it. */
function elided(source: string, match: NumberExpr): Counted | null {
  const from = Math.max(0, match.start - 300);
  const numbers = readText(source.slice(from, match.end)).numbers.map((n) => ({
    ...n,
    start: n.start + from,
    end: n.end + from,
  }));
  return elidedNoun(source, match, numbers);
}

function describe(counted: Counted): string {
  const kinds = counted.kinds.length > 0 ? ` (${counted.kinds.join(" or ")})` : "";
  return `\`${counted.word}\`${kinds}`;
}
