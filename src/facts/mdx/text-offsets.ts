/**
 * The text of a node with, for each character, its offset in the page. A text
 * node's value is not a slice of the page: list indentation, `> ` markers,
 * emphasis marks, backslash escapes and character references (`&amp;`,
 * `&#x1F600;`) stand between or for its characters. Aligning the value with its
 * source span places every character, so findings point at the figure itself.
 */
import type { Nodes } from "mdast";
import { decodeNamedCharacterReference } from "decode-named-character-reference";
import { expressionText } from "./expressions.ts";

export interface PlacedText {
  text: string;
  /** `offsets[i]` is the page offset of the UTF-16 unit `text[i]`. */
  offsets: number[];
  /** `ends[i]` is where the page's writing of `text[i]` ends (after `&amp;`, say). */
  ends: number[];
}

const EXPRESSIONS = new Set(["mdxTextExpression", "mdxFlowExpression"]);
// How far alignment may skip ahead for one character: beyond this, markup is not the reason.
const MAX_SKIP = 12;

/**
 * Concatenates the values under `node` in document order (as mdast-util-to-string does), placed in
 * `page`.
 */
export function placedText(node: Nodes, page: string): PlacedText {
  const out: PlacedText = { text: "", offsets: [], ends: [] };
  collect(node, page, out);
  return out;
}

function collect(node: Nodes, page: string, out: PlacedText): void {
  // A hard line break separates words as a space does; readers see no character for it.
  if (node.type === "break") {
    out.text += "\n";
    out.offsets.push(node.position?.start.offset ?? 0);
    out.ends.push(node.position?.end.offset ?? 0);
    return;
  }
  if ("value" in node && typeof node.value === "string" && node.type !== "yaml") {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    // An expression shows what it renders (`{"more than"}` shows `more than`), not its code.
    const value = EXPRESSIONS.has(node.type) ? expressionText(node.value) : node.value;
    out.text += value;
    align(value, page.slice(start, end), start, out);
    return;
  }
  if ("children" in node) for (const child of node.children) collect(child, page, out);
}

/**
 * Appends to `out`, for each UTF-16 unit of `value`, its place in `source` (plus `base`), skipping
 * source characters the value does not hold. What a reference stands for is placed on the
 * reference.
 */
function align(value: string, source: string, base: number, out: PlacedText): void {
  let j = 0;
  for (let i = 0; i < value.length;) {
    const char = String.fromCodePoint(value.codePointAt(i)!);
    let found = -1;
    let consumed = 0;
    let width = char.length;
    for (let k = j; k < source.length && k - j <= MAX_SKIP; k++) {
      // A reference stands for its text, unless the value holds it as written (in code, say).
      const ref = source[k] === "&" ? reference(source, k) : null;
      const literal = ref !== null && value.startsWith(source.slice(k, k + ref.length), i);
      if (ref && !literal && ref.text !== "" && value.startsWith(ref.text, i)) {
        found = k;
        consumed = ref.length;
        width = ref.text.length;
        break;
      }
      if (source.startsWith(char, k)) {
        found = k;
        consumed = char.length;
        break;
      }
    }
    const at = found >= 0 ? found : Math.min(j, Math.max(0, source.length - 1));
    // A literal character keeps its units apart; what a reference stands for spans all of it.
    const literal = found >= 0 && consumed === width;
    for (let n = 0; n < width; n++) {
      out.offsets.push(base + at + (literal ? n : 0));
      out.ends.push(base + at + (literal ? n + 1 : Math.max(consumed, 1)));
    }
    if (found >= 0) j = found + consumed;
    i += width;
  }
}

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z\d]{0,31}));/y;

/** The character reference at `at` (as CommonMark reads it) and its length, or null. */
function reference(source: string, at: number): { text: string; length: number } | null {
  REFERENCE.lastIndex = at;
  const m = REFERENCE.exec(source);
  if (!m) return null;
  const [whole, hex, decimal, name] = m;
  if (name !== undefined) {
    const text = decodeNamedCharacterReference(name);
    return text === false ? null : { text, length: whole.length };
  }
  const code = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
  // CommonMark: zero, surrogates and code points past Unicode become U+FFFD.
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return { text: String.fromCodePoint(valid ? code : 0xfffd), length: whole.length };
}

/** The page range of `text[start, end)`. */
export function rangeOf(
  placed: PlacedText,
  start: number,
  end: number,
  fallback: number,
): { offset: number; endOffset: number } {
  const offset = placed.offsets[start] ?? fallback;
  const endOffset = placed.ends[Math.max(start, end - 1)] ?? offset + 1;
  return { offset, endOffset };
}
