/** The sentences of each source's reading edition: the passages a contributor can cite. */
import { blockTexts } from "../quotes/source-text.ts";
import type { Source } from "../sources/model.ts";

export interface Passage {
  id: number;
  source: string;
  anchor: string;
  /** The sentence as the edition has it. */
  text: string;
  /** Range of the sentence in its block's text. */
  start: number;
  end: number;
}

// A sentence ends at . ! or ? (and any closing quote or bracket) before a space and a capital, digit or opening quote.
const SENTENCE_END = /[.!?][”"’')\]]*\s+(?=[“"‘(\p{Lu}\p{N}])/gu;

export function passagesOf(sources: ReadonlyMap<string, Source>): Passage[] {
  const passages: Passage[] = [];
  for (const source of sources.values()) {
    for (const bt of blockTexts(source)) {
      if (!bt.content) continue;
      const text = bt.block.text;
      let start = 0;
      for (const m of [...text.matchAll(SENTENCE_END), null]) {
        const end = m ? m.index + m[0].trimEnd().length : text.length;
        const sentence = text.slice(start, end).trim();
        if (sentence) {
          const from = text.indexOf(sentence, start);
          passages.push({
            id: passages.length,
            source: source.id,
            anchor: bt.block.anchor,
            text: sentence,
            start: from,
            end: from + sentence.length,
          });
        }
        start = m ? m.index + m[0].length : text.length;
      }
    }
  }
  return passages;
}
