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

const WORD_CHAR = /[\p{L}\p{N}]/u;

// Enough context on each side of a quote for any hedge or unit that belongs to one of its numbers.
const MARGIN = 80;

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

/** The source's word index, built on first use. */
export function wordIndex(source: Source): WordIndex {
  let index = indexes.get(source);
  if (!index) {
    index = new Map();
    blockTexts(source).forEach((bt, block) => addWords(index!, bt.normalized.text, block));
    indexes.set(source, index);
  }
  return index;
}

/** Adds the words of one block: a loop over characters, since a regex match object per word costs more than the index. */
function addWords(index: WordIndex, text: string, block: number): void {
  let start = -1;
  for (let i = 0; i <= text.length; ) {
    const code = i < text.length ? (text.codePointAt(i) ?? -1) : -1;
    const word = code >= 0 && isWordCode(code);
    const at = i;
    i += code > 0xffff ? 2 : 1;
    if (word && start < 0) start = at;
    if (word || start < 0) continue;
    const key = text.slice(start, at);
    const places = index.get(key);
    if (places) places.push({ block, at: start });
    else index.set(key, [{ block, at: start }]);
    start = -1;
  }
}

function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(String.fromCodePoint(c));
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
