/**
 * The text of a node with, for each character, its offset in the page. A text
 * node's value is not a slice of the page: list indentation, `> ` markers,
 * emphasis marks, backticks and character references (`&amp;`) stand between
 * its characters. Aligning the value with its source span places every
 * character, so findings point at the figure itself.
 */
import type { Nodes } from "mdast";

export interface PlacedText {
  text: string;
  /** `offsets[i]` is the page offset of `text[i]`. */
  offsets: number[];
}

// How far alignment may skip ahead for one character: beyond this, markup is not the reason.
const MAX_SKIP = 12;

/** Concatenates the values under `node` in document order (as mdast-util-to-string does), placed in `page`. */
export function placedText(node: Nodes, page: string): PlacedText {
  const out: PlacedText = { text: "", offsets: [] };
  collect(node, page, out);
  return out;
}

function collect(node: Nodes, page: string, out: PlacedText): void {
  if ("value" in node && typeof node.value === "string" && node.type !== "yaml") {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    out.text += node.value;
    out.offsets.push(...align(node.value, page.slice(start, end), start));
    return;
  }
  if ("children" in node) for (const child of node.children) collect(child, page, out);
}

/** Maps each character of `value` to an offset in `source`, skipping source characters the value does not hold. */
function align(value: string, source: string, base: number): number[] {
  const offsets: number[] = [];
  let j = 0;
  for (const char of value) {
    let k = j;
    while (k < source.length && k - j <= MAX_SKIP && source[k] !== char) k++;
    const found = k < source.length && source[k] === char;
    const at = found ? k : Math.min(j, Math.max(0, source.length - 1));
    for (let n = 0; n < char.length; n++) offsets.push(base + at + n);
    j = found ? k + char.length : j + 1;
  }
  return offsets;
}

/** The page range of `text[start, end)`. */
export function rangeOf(
  placed: PlacedText,
  start: number,
  end: number,
  fallback: number,
): { offset: number; endOffset: number } {
  const offset = placed.offsets[start] ?? fallback;
  const last = placed.offsets[Math.max(start, end - 1)] ?? offset;
  return { offset, endOffset: last + 1 };
}
