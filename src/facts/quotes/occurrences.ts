/**
 * Every place a quote occurs in a source's joined text, found without scanning the whole text.
 * Each source keeps the eight characters at every sixteenth offset, grouped by a hash of them: any
 * occurrence of a quote of 23 characters or more holds one of those offsets, so looking up the
 * quote's sixteen first eight-character pieces finds every occurrence, and reads a few places
 * instead of the 100 kB of a source. Shorter quotes, and a source's first quotes (its index costs
 * about a dozen scans), are found by scanning.
 */
import type { Source } from "../sources/model.ts";
import { joinedText } from "./source-text.ts";

// Every STRIDE-th offset of the text is kept, under the hash of the GRAM characters from it.
const STRIDE = 16;
const GRAM = 8;
const SHORTEST = STRIDE + GRAM - 1;

interface Grams {
  /** The offsets of group `g` are `offsets[heads[g]]` to `offsets[heads[g + 1]]`. */
  heads: Int32Array;
  offsets: Int32Array;
  mask: number;
}

const indexes = new WeakMap<Source, Grams>();
const queries = new WeakMap<Source, number>();
// Quotes of a source found by scanning before its index is built.
const SCANS = 12;

/** Every offset of the source's joined text where `quote` occurs, in order. */
export function occurrences(source: Source, quote: string): number[] {
  const { text } = joinedText(source);
  const found: number[] = [];
  if (quote === "") return found;
  const asked = (queries.get(source) ?? 0) + 1;
  queries.set(source, asked);
  if (quote.length < SHORTEST || asked < SCANS) {
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
    return found;
  }
  let grams = indexes.get(source);
  if (!grams) {
    grams = gramsOf(text);
    indexes.set(source, grams);
  }
  const { heads, offsets, mask } = grams;
  // An occurrence at `at` holds exactly one kept offset, at `at + j` for one `j` below STRIDE.
  for (let j = 0; j < STRIDE; j++) {
    const g = hash(quote, j) & mask;
    for (let k = heads[g]!; k < heads[g + 1]!; k++) {
      const at = offsets[k]! - j;
      if (at >= 0 && text.startsWith(quote, at)) found.push(at);
    }
  }
  return found.sort((a, b) => a - b);
}

function gramsOf(text: string): Grams {
  const count = text.length < GRAM ? 0 : Math.floor((text.length - GRAM) / STRIDE) + 1;
  let size = 1;
  while (size < 2 * count) size *= 2;
  const mask = size - 1;
  // Counting sort by group.
  const groups = new Int32Array(count);
  const heads = new Int32Array(size + 1);
  for (let k = 0; k < count; k++) {
    const g = hash(text, k * STRIDE) & mask;
    groups[k] = g;
    heads[g + 1]!++;
  }
  for (let g = 0; g < size; g++) heads[g + 1]! += heads[g]!;
  const filled = heads.slice(0, size);
  const offsets = new Int32Array(count);
  for (let k = 0; k < count; k++) offsets[filled[groups[k]!]!++] = k * STRIDE;
  return { heads, offsets, mask };
}

/** A hash of the GRAM UTF-16 units of `text` from `at`. */
function hash(text: string, at: number): number {
  let h = 0;
  for (let k = at; k < at + GRAM; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return h >>> 0;
}
