/** Per-source text prepared once for matching and reading: normalised blocks and their numbers. */
import { NOT_CONTENT } from "../schemas/edition.ts";
import { normalize, type Normalized } from "../text/normalize.ts";
import { readText, type NumberExpr } from "../numbers/read.ts";
import type { Block } from "../sources/edition.ts";
import type { Source } from "../sources/model.ts";

export interface BlockText {
  block: Block;
  normalized: Normalized;
  /** Numbers read from the block's text (offsets in `block.text`), read on first use. */
  numbers(): NumberExpr[];
  /** False for layout notes and image placeholders: listed, but no claims of the source. */
  content: boolean;
}

const cache = new WeakMap<Source, BlockText[]>();
const indexes = new WeakMap<Source, WordIndex>();

/**
 * Where each word starts in a source's normalised blocks, by word. A quote
 * starts on a word boundary, so its first word's places are its only possible
 * places: looking them up replaces a scan of the whole source per quote.
 */
export type WordIndex = Map<string, { block: number; at: number }[]>;

const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** The source's word index, built on first use. */
export function wordIndex(source: Source): WordIndex {
  let index = indexes.get(source);
  if (!index) {
    index = new Map();
    blockTexts(source).forEach((bt, block) => {
      for (const m of bt.normalized.text.matchAll(WORD_RUN)) {
        const places = index!.get(m[0]);
        if (places) places.push({ block, at: m.index });
        else index!.set(m[0], [{ block, at: m.index }]);
      }
    });
    indexes.set(source, index);
  }
  return index;
}

/** The source's blocks, normalised, computed once per source. */
export function blockTexts(source: Source): BlockText[] {
  let texts = cache.get(source);
  if (!texts) {
    texts = source.blocks.map((block) => {
      let numbers: NumberExpr[] | null = null;
      const normalized = normalize(block.text);
      return {
        block,
        normalized,
        numbers: () => (numbers ??= readText(block.text, normalized).numbers),
        content: !NOT_CONTENT.has(block.kind),
      };
    });
    cache.set(source, texts);
  }
  return texts;
}
