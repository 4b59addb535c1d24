/** Per-source text prepared once for matching and reading: normalised blocks and their numbers. */
import { NOT_CONTENT } from "../schemas/edition.ts";
import { normalize, type Normalized } from "../text/normalize.ts";
import { readNumbers, type NumberExpr } from "../numbers/read.ts";
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

/** The source's blocks, normalised, computed once per source. */
export function blockTexts(source: Source): BlockText[] {
  let texts = cache.get(source);
  if (!texts) {
    texts = source.blocks.map((block) => {
      let numbers: NumberExpr[] | null = null;
      return {
        block,
        normalized: normalize(block.text),
        numbers: () => (numbers ??= readNumbers(block.text)),
        content: !NOT_CONTENT.has(block.kind),
      };
    });
    cache.set(source, texts);
  }
  return texts;
}
