/**
 * What the reader sees is what is checked: no character that takes no room (a zero-width space,
 * a direction mark, a soft hyphen) and no word that mixes scripts (a Cyrillic `е` in "seven"),
 * in prose or in a figure.
 */
import type { PageCheck } from "./types.ts";

export const textLookalike: PageCheck = {
  codes: ["text-hidden-character", "text-mixed-script"],
  check({ file, extracted }, ctx) {
    for (const l of extracted.lookalikes) {
      const hidden = l.kind === "hidden";
      ctx.report({
        code: hidden ? "text-hidden-character" : "text-mixed-script",
        file,
        offset: l.offset,
        endOffset: l.endOffset,
        message: hidden
          ? `Unexpected ${l.reason}, expected only characters a reader sees`
          : `Unexpected \`${l.text}\`, ${l.reason}, expected a word in one script`,
        hint: hidden
          ? "Delete it (editors show it with a visible-whitespace setting); write a hyphen or " +
            "a space as the character itself."
          : "Retype the word on an English keyboard: a look-alike letter reads as another word.",
      });
    }
  },
};
