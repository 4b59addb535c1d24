/** A callout's quote occurs in its source's reading edition. */
import { closestPassage } from "../quotes/closest.ts";
import { refusedBlockHolding } from "../sources/refused-blocks.ts";
import type { FactCheck } from "./types.ts";

export const quoteNotFound: FactCheck = {
  codes: ["quote-not-found"],
  check({ file, fact, source, location }, ctx) {
    const quote = fact.attributes.quote;
    // A blank quote is reported once, by fact-attributes.
    if (!source || !location || !quote?.trim() || location.occurrences.length > 0) return;
    // The quote holds the raw words of a block whose edit the check refused: the edit is the
    // cause, reported once with the quotes that depend on it.
    if (refusedBlockHolding(source, quote)) return;
    const offset = fact.attributeOffsets.quote ?? fact.start;
    const outside = location.outsideContent[0];
    if (outside) {
      ctx.report({
        code: "quote-not-found",
        file,
        offset,
        message:
          `Unexpected quote from the ${outside.blockText.block.kind} ` +
          `\`${outside.anchor}\`, expected a passage of the source's text: layout notes ` +
          `and placeholders are not its claims`,
      });
      return;
    }
    const pinned = fact.attributes.prefix !== undefined || fact.attributes.suffix !== undefined;
    const near = closestPassage(source, quote);
    ctx.report({
      code: "quote-not-found",
      file,
      offset,
      message:
        `Unexpected quote \`${quote}\`, expected words that occur in ` +
        `\`${source.id}\`${pinned ? " with the given prefix and suffix" : ""}`,
      hint: near
        ? `The closest passage is ` +
          `\`${near.text}\`${near.differences.length ? `; it differs: ${near.differences.join("; ")}` : ""}. ` +
          `Quotes match exactly after folding whitespace, quotes and dashes.`
        : `Copy the words from the source's reading edition, ${source.files.editionPath}.`,
      ...(near
        ? {
            related: [
              {
                file: source.files.editionPath,
                offset: near.offset,
                message: `closest passage, in \`${near.anchor}\``,
              },
            ],
          }
        : {}),
    });
  },
};
