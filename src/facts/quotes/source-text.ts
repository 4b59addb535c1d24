/** Per-source text prepared once for matching: normalised blocks, joined for searching. */
import { NOT_CONTENT } from "../schemas/edition.ts";
import { normalize, type Normalized } from "../text/normalize.ts";
import { readText, type NumberExpr } from "../numbers/read.ts";
import type { Block } from "../sources/edition.ts";
import type { Source } from "../sources/model.ts";

export interface BlockText {
  block: Block;
  normalized: Normalized;
  /** False for layout notes and image placeholders: listed, but no claims of the source. */
  content: boolean;
}

const cache = new WeakMap<Source, BlockText[]>();
const joined = new WeakMap<Source, JoinedText>();

/**
 * A source's normalised blocks in one string, each block followed by a line
 * break (which normalised text never holds, so no quote spans two blocks):
 * one `indexOf` scan per quote finds every place it occurs.
 */
export interface JoinedText {
  text: string;
  /** `starts[b]` is where block `b` begins in `text`. */
  starts: number[];
}

// Enough context on each side of a quote for any hedge, unit or other end of a range that belongs to
// one of its numbers: the longest phrase the reader knows ("less than or equal to", "square
// kilometres") and a number. Over the real content and the bench's 10k facts, a quote's numbers are
// the same as when its whole block is read.
const MARGIN = 48;

/**
 * The numbers that overlap `[start, end)` of a block, read in a window around
 * it (offsets in the block's text): a quote's numbers keep the hedge just
 * before them ("nearly") without reading the whole block.
 */
export function numbersAround(bt: BlockText, start: number, end: number): NumberExpr[] {
  const text = bt.block.text;
  let from = Math.max(0, start - MARGIN);
  while (from > 0 && !/\s/.test(text[from - 1] ?? " ")) from--;
  let to = Math.min(text.length, end + MARGIN);
  while (to < text.length && !/\s/.test(text[to] ?? " ")) to++;
  return readText(text.slice(from, to))
    .numbers.map((n) => ({ ...n, start: n.start + from, end: n.end + from }))
    .filter((n) => n.end > start && n.start < end);
}

/** The source's joined text, built on first use. */
export function joinedText(source: Source): JoinedText {
  let j = joined.get(source);
  if (!j) {
    const starts: number[] = [];
    let length = 0;
    const parts = blockTexts(source).map((bt) => {
      starts.push(length);
      length += bt.normalized.text.length + 1;
      return bt.normalized.text;
    });
    j = { text: parts.join("\n") + "\n", starts };
    joined.set(source, j);
  }
  return j;
}

/** The source's blocks, normalised, computed once per source. */
export function blockTexts(source: Source): BlockText[] {
  let texts = cache.get(source);
  if (!texts) {
    // Plain data, no closures: a check's result, passages included, can be cloned to another thread.
    texts = source.blocks.map((block) => ({
      block,
      normalized: normalize(block.text),
      content: !NOT_CONTENT.has(block.kind),
    }));
    cache.set(source, texts);
  }
  return texts;
}
