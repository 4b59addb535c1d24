/**
 * Where a figure's claim is read: the sentence that holds it, and within the sentence the clause
 * (a sentence may join two claims: "revenue rose, while exports fell"). Offsets are in the text
 * given; nothing is normalised here.
 */

export interface Span {
  start: number;
  end: number;
}

const SENTENCES = new Intl.Segmenter("en", { granularity: "sentence" });
// A segment that ends on one of these ran into an abbreviation, not the end of a sentence.
const ABBREVIATION =
  /\b(?:Mr|Mrs|Ms|Dr|Prof|St|Inc|Ltd|Co|Corp|No|vs|etc|e\.g|i\.e|approx|c|ca)\.\s*$/i;

/** The sentence of `text` that holds `[start, end)` (several, if the range crosses their ends). */
export function sentenceAround(text: string, start: number, end: number): Span {
  let from = 0;
  // A line break inside a paragraph is a soft wrap, not the end of a sentence (as Unicode's rules
  // would have it): read it as the space readers see.
  for (const { index, segment } of SENTENCES.segment(text.replace(/[\r\n]/g, " "))) {
    const stop = index + segment.length;
    if (stop < text.length && ABBREVIATION.test(segment)) continue;
    if (stop <= start) from = stop;
    else if (stop >= end) return { start: from, end: stop };
  }
  return { start: from, end: text.length };
}

// Where one clause gives way to another that may say the opposite: a semicolon or a dash, or a
// comma before a contrasting or joining word.
const BOUNDARY =
  /;|\s[—–]\s|,\s+(?=(?:but|while|whereas|although|though|yet|and|however|meanwhile)\b)/giu;

/** The clause of `sentence` (a span of `text`) that holds `[start, end)`. */
export function clauseAround(text: string, sentence: Span, start: number, end: number): Span {
  let from = sentence.start;
  let to = sentence.end;
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(BOUNDARY)) {
    const at = sentence.start + m.index;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { start: from, end: to };
}
