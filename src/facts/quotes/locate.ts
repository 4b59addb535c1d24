/**
 * Finds a quote in a source's reading edition: exactly, after the documented
 * normalisation, at word boundaries, optionally pinned by a prefix and suffix
 * (as in the W3C TextQuoteSelector). Fuzzy matching never decides; see
 * `closest.ts` for the suggestion shown when this fails.
 */
import { normalize, toOriginalRange } from "../text/normalize.ts";
import type { Source } from "../sources/model.ts";
import { blockTexts, joinedText, type BlockText } from "./source-text.ts";
import { occurrences } from "./occurrences.ts";

export type AnchorStatus = "exact" | "normalised" | "failed";

export interface Passage {
  /** The block's anchor id in the edition. */
  anchor: string;
  blockText: BlockText;
  /** Range of the quote in the block's text. */
  start: number;
  end: number;
}

export interface Location {
  status: AnchorStatus;
  /** The one passage, when the quote was found exactly once. */
  passage: Passage | null;
  /** Every occurrence in content blocks (after prefix/suffix), for an ambiguity message. */
  occurrences: Passage[];
  /** Occurrences in blocks that are not content (layout note, placeholders). */
  outsideContent: Passage[];
}

export interface QuoteSelector {
  quote: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
}

const WORD = /[\p{L}\p{N}]/u;

export function locateQuote(source: Source, selector: QuoteSelector): Location {
  const quote = normalize(selector.quote).text.trim();
  const prefix = selector.prefix === undefined ? "" : normalize(selector.prefix).text.trim();
  const suffix = selector.suffix === undefined ? "" : normalize(selector.suffix).text.trim();
  const occurrences: Passage[] = [];
  const outsideContent: Passage[] = [];
  const blocks = blockTexts(source);
  for (const { block, at } of candidates(source, quote)) {
    const blockText = blocks[block] as BlockText;
    if (!fits(blockText.normalized.text, at, quote, prefix, suffix)) continue;
    const [start, end] = toOriginalRange(blockText.normalized, at, at + quote.length);
    const passage = { anchor: blockText.block.anchor, blockText, start, end };
    (blockText.content ? occurrences : outsideContent).push(passage);
  }
  if (occurrences.length !== 1)
    return { status: "failed", passage: null, occurrences, outsideContent };
  const passage = occurrences[0] as Passage;
  const exact = passage.blockText.block.text.slice(passage.start, passage.end) === selector.quote;
  return { status: exact ? "exact" : "normalised", passage, occurrences, outsideContent };
}

/** Every place where `quote` occurs, as block and offset in the block's normalised text, in order. */
function candidates(source: Source, quote: string): { block: number; at: number }[] {
  if (quote === "") return [];
  const { starts } = joinedText(source);
  const places: { block: number; at: number }[] = [];
  let block = 0;
  for (const at of occurrences(source, quote)) {
    while (block + 1 < starts.length && (starts[block + 1] as number) <= at) block++;
    places.push({ block, at: at - (starts[block] as number) });
  }
  return places;
}

/** True when `quote` stands at `at`, on word boundaries, after the prefix and before the suffix. */
function fits(text: string, at: number, quote: string, prefix: string, suffix: string): boolean {
  if (!text.startsWith(quote, at)) return false;
  const end = at + quote.length;
  if (!boundary(text, at - 1, at) || !boundary(text, end - 1, end)) return false;
  if (prefix) {
    const before = text.slice(0, at).trimEnd();
    const from = before.length - prefix.length;
    if (!before.endsWith(prefix) || !boundary(text, from - 1, from)) return false;
  }
  if (suffix) {
    const gap = text.slice(end).length - text.slice(end).trimStart().length;
    const to = end + gap + suffix.length;
    if (!text.startsWith(suffix, end + gap) || !boundary(text, to - 1, to)) return false;
  }
  return true;
}

/**
 * True unless both characters around the cut are letters or digits (the quote would cut a word).
 * `before` is the last UTF-16 unit before the cut, `after` the first after it: whole characters are
 * read from them, so that a letter outside the Basic Multilingual Plane counts as one.
 */
function boundary(text: string, before: number, after: number): boolean {
  if (before < 0 || after >= text.length) return true;
  const low = text.charCodeAt(before);
  const start = low >= 0xdc00 && low <= 0xdfff && before > 0 ? before - 1 : before;
  const a = String.fromCodePoint(text.codePointAt(start)!);
  const b = String.fromCodePoint(text.codePointAt(after)!);
  return !(WORD.test(a) && WORD.test(b));
}
