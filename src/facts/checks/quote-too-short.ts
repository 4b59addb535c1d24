/**
 * A quote says which claim its figure belongs to. A bare number or two words
 * ("22", "in 2012") fit too many claims, so the check could not tell a figure
 * attached to the wrong one.
 */
import type { FactCheck } from "./types.ts";

const MIN_WORDS = 3;

export const quoteTooShort: FactCheck = {
  codes: ["quote-too-short"],
  check({ file, fact }, ctx) {
    const quote = fact.attributes.quote;
    if (quote === undefined || quote.trim() === "") return;
    const words = quote.trim().split(/\s+/).length;
    if (words >= MIN_WORDS) return;
    ctx.report({
      code: "quote-too-short",
      file,
      offset: fact.attributeOffsets.quote ?? fact.start,
      message:
        `Unexpected quote of ${words} ${words === 1 ? "word" : "words"}, expected at ` +
        `least ${MIN_WORDS}: enough of the passage to say what the figure counts`,
      hint: "Quote the words around the figure that say what it is, e.g. `across 22 universities`.",
    });
  },
};
