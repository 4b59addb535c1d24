/**
 * Where a figure's claim is read: the sentence that holds it, and within the sentence the clause
 * (a sentence may join two claims: "revenue rose, while exports fell"). Offsets are in the text
 * given; nothing is normalised here.
 */

export interface Span {
  start: number;
  end: number;
}

// A sentence ends at . ! or ? (and any closing quote or bracket) before a space and a capital,
// a digit or an opening quote; a line break inside a paragraph is a soft wrap, not an end.
const END = /[.!?]["”’)\]]*\s+(?=["“‘(\p{Lu}\p{N}])/gu;
// An end that follows one of these is an abbreviation's full stop.
const ABBREVIATION =
  /\b(?:Mr|Mrs|Ms|Dr|Prof|St|Inc|Ltd|Co|Corp|No|vs|etc|e\.g|i\.e|approx|c|ca|U\.S)\.$/i;

// Texts are read again and again (a source's paragraph for each of its quotes): keep their ends.
const ends = new Map<string, number[]>();
const KEPT = 2_000;

/** Where each sentence of `text` ends (the offset after its trailing space). */
function sentenceEnds(text: string): number[] {
  let found = ends.get(text);
  if (!found) {
    found = [];
    for (const m of text.matchAll(END)) {
      if (ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
      found.push(m.index + m[0].length);
    }
    found.push(text.length);
    if (ends.size >= KEPT) ends.clear();
    ends.set(text, found);
  }
  return found;
}

/** The sentence of `text` that holds `[start, end)` (several, if the range crosses their ends). */
export function sentenceAround(text: string, start: number, end: number): Span {
  let from = 0;
  for (const stop of sentenceEnds(text)) {
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
