/**
 * What a reader cannot see, or may misread: format characters that take no room (a zero-width
 * space, a direction mark, a soft hyphen) and words that mix scripts (a Cyrillic `е` in
 * "seven"). Either can make the check read another text than the reader sees, so both are
 * refused wherever a reader sees text: prose, figures, titles and alt text.
 */
import { rangeOf, type PlacedText } from "./text-offsets.ts";

export interface Lookalike {
  kind: "hidden" | "mixed-script";
  text: string;
  offset: number;
  endOffset: number;
  reason: string;
}

// Format characters (among them the direction marks, embeddings, overrides and isolates U+200E,
// U+200F, U+202A–U+202E, U+2066–U+2069 and U+061C), the combining grapheme joiner, the Hangul
// fillers, the Khmer inherent vowels and the variation selectors: all draw nothing.
const HIDDEN =
  /\p{Cf}|\u034F|[\u115F\u1160\u3164\uFFA0]|\u17B4|\u17B5|[\uFE00-\uFE0F]|[\u{E0100}-\u{E01EF}]/gu;
// A zero-width joiner belongs in an emoji sequence (👩‍💻), between two pictographs.
const EMOJI_JOINER = /(?<=\p{Extended_Pictographic}\uFE0F?)\u200D(?=\p{Extended_Pictographic})/u;
const PICTOGRAPH = /\p{Extended_Pictographic}$/u;
const WORD = /[\p{L}\p{M}]+/gu;
const SCRIPTS = ["Latin", "Cyrillic", "Greek", "Armenian", "Cherokee", "Coptic"].map(
  (name) => [name, new RegExp(`\\p{Script=${name}}`, "u")] as const,
);

/** Every hidden character and every mixed-script word of `placed`. */
export function lookalikesIn(placed: PlacedText, fallback: number): Lookalike[] {
  const found: Lookalike[] = [];
  const { text } = placed;
  for (const m of text.matchAll(HIDDEN)) {
    if (m[0] === "\u200D" && EMOJI_JOINER.test(text.slice(Math.max(0, m.index - 3), m.index + 3)))
      continue;
    // A variation selector after a pictograph picks how it is drawn (❤️).
    if (
      /[\uFE00-\uFE0F]/u.test(m[0]) &&
      PICTOGRAPH.test(text.slice(Math.max(0, m.index - 2), m.index))
    )
      continue;
    const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    found.push({
      kind: "hidden",
      text: m[0],
      ...rangeOf(placed, m.index, m.index + m[0].length, fallback),
      reason: `U+${code}, a character that takes no room on the page`,
    });
  }
  for (const m of text.matchAll(WORD)) {
    const scripts = SCRIPTS.filter(([, re]) => re.test(m[0])).map(([name]) => name);
    if (scripts.length < 2) continue;
    found.push({
      kind: "mixed-script",
      text: m[0],
      ...rangeOf(placed, m.index, m.index + m[0].length, fallback),
      reason: `a word of ${scripts.join(" and ")} letters, which look alike but read otherwise`,
    });
  }
  return found;
}
