/**
 * What the reader sees is what is checked: no character that takes no room (a zero-width space,
 * a direction mark, a soft hyphen) and no word that mixes scripts (a Cyrillic `е` in "seven"),
 * in prose or in a figure.
 */
import { rangeOf } from "../mdx/text-offsets.ts";
import type { PageCheck } from "./types.ts";

export const textLookalike: PageCheck = {
  codes: ["text-hidden-character", "text-mixed-script"],
  check({ file, extracted, facts }, ctx) {
    // Where the number reader has already refused a look-alike word (`number-unreadable`), one
    // finding is enough for one cause. A hidden character is always reported as itself: a
    // direction override (U+202E) or a zero-width space is the cause, whatever else it breaks.
    const refused = [
      ...extracted.unreadable,
      ...facts.flatMap((f) =>
        f.unsure.map((u) => rangeOf(f.fact.placed, u.start, u.end, f.fact.start)),
      ),
    ];
    for (const l of extracted.lookalikes) {
      const hidden = l.kind === "hidden";
      if (!hidden && refused.some((r) => r.offset < l.endOffset && l.offset < r.endOffset))
        continue;
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
