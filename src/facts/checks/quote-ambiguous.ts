/** A callout's quote points at one passage, not several. */
import type { FactCheck } from "./types.ts";

export const quoteAmbiguous: FactCheck = {
  codes: ["quote-ambiguous"],
  check({ file, fact, source, location }, ctx) {
    if (!source || !location || location.occurrences.length < 2) return;
    const where = location.occurrences.map((o) => `\`${o.anchor}\``).join(", ");
    ctx.report({
      code: "quote-ambiguous",
      file,
      offset: fact.attributeOffsets.quote ?? fact.start,
      message:
        `Unexpected quote that occurs ${location.occurrences.length} times in ` +
        `\`${source.id}\` (${where}), expected one passage`,
      hint: 'Lengthen the quote, or add `prefix="…"` or `suffix="…"` with the words just before or after it.',
      related: location.occurrences.map((o) => ({
        file: source.files.editionPath,
        offset: o.blockText.block.textOffset + o.start,
        message: `occurs in \`${o.anchor}\``,
      })),
    });
  },
};
