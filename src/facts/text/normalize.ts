/**
 * Normalisation for quote matching, with a map back to original offsets.
 *
 * The gate is exact matching on normalised text, so every rule here is part
 * of the documented contract: Unicode NFKC (per grapheme, so combining marks
 * compose), whitespace runs collapsed to one space, typographic quotes,
 * apostrophes and dashes folded to ASCII, soft hyphens and zero-width
 * characters dropped. Case is kept.
 */

export interface Normalized {
  /** The normalised text. */
  text: string;
  /** Where each normalised character came from; null when text and original are the same. */
  map: OffsetMap | null;
}

/**
 * The normalised text as segments, in order: segment `k` begins at normalised
 * offset `at[k]`. A copied run (`end[k] === -1`) maps character by character
 * from original offset `start[k]`; any other segment (a folded character, a
 * collapsed whitespace run) maps every character to `[start[k], end[k])`.
 * A run takes every character that maps one to one, folded or not, so most
 * text is a few segments where per-character offsets would take eight bytes
 * a character.
 */
export interface OffsetMap {
  at: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

// Printable ASCII (no backtick) in words separated by single spaces: normalising it changes nothing.
const ALREADY_NORMAL = /^[\x21-\x5f\x61-\x7e]+(?: [\x21-\x5f\x61-\x7e]+)*$/;

const DROPPED = /[\u00AD\u200B\u200C\u2060\uFEFF]|\u200D/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACE = /^\s+$/u;

const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Folds one grapheme to its normalised form (possibly empty). */
function foldGrapheme(grapheme: string): string {
  return grapheme
    .normalize("NFKC")
    .replace(DROPPED, "")
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, "-");
}

// Marks and joiners make graphemes of several code points; only then is the (slow) segmenter needed.
const NEEDS_SEGMENTER = /\p{M}|\u200D|\uFE0E|\uFE0F|[\u{1F1E6}-\u{1F1FF}]/u;
const folded = new Map<string, string>();

/** Normalises `input` and keeps, for each output character, the original range it came from. */
export function normalize(input: string): Normalized {
  if (input === "" || ALREADY_NORMAL.test(input)) return { text: input, map: null };
  return byRuns(input) ?? bySegments(input);
}

/**
 * Copies runs of plain ASCII as they are and folds every other character:
 * most of a text is one run. Null when a mark or joiner makes a grapheme of
 * several code points, which only `bySegments` handles.
 */
function byRuns(input: string): Normalized | null {
  const out = new Builder();
  const folder = foldInto(out);
  for (let i = 0; i < input.length;) {
    const code = input.charCodeAt(i);
    if (isPlain(code)) {
      // The run goes on to the first character that is not plain, but for a lone space between plain ones.
      RUN_END.lastIndex = i;
      const end = RUN_END.exec(input)?.index ?? input.length;
      folder.text(i);
      out.copy(input, i, end);
      i = end;
      continue;
    }
    const length = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    const unit = input.slice(i, i + length);
    if (code >= 0x300 && NEEDS_SEGMENTER.test(unit)) return null;
    folder.unit(unit, i, length);
    i += length;
  }
  return out.done();
}

// Where a run of plain characters ends: any other character, or a space not followed by a plain one.
const RUN_END = /[^\x21-\x5f\x61-\x7e ]| (?![\x21-\x5f\x61-\x7e])/g;

/** Folds grapheme by grapheme, so that combining marks compose (slow: only for text that has them). */
function bySegments(input: string): Normalized {
  const out = new Builder();
  const folder = foldInto(out);
  for (const { segment, index } of segmenter.segment(input))
    folder.unit(segment, index, segment.length);
  return out.done();
}

/** Writes folded text into `out`, each whitespace run as one space, none at the start or the end. */
function foldInto(out: Builder) {
  let spaceStart = -1; // original offset of a whitespace run not yet written
  return {
    /** Text begins at `index`: a pending whitespace run becomes one space first. */
    text(index: number): void {
      if (spaceStart >= 0 && out.length > 0) out.add(" ", spaceStart, index);
      spaceStart = -1;
    },
    /** Folds one unit (a character, or a grapheme) found at `index`. */
    unit(unit: string, index: number, length: number): void {
      const f = fold(unit);
      if (f === "") return;
      if (SPACE.test(f)) {
        if (spaceStart < 0) spaceStart = index;
        return;
      }
      this.text(index);
      // Every character of an expanded unit ("…" -> "...") covers the whole unit.
      for (let k = 0; k < f.length; k++) out.add(f[k] as string, index, index + length);
    },
  };
}

/** Printable ASCII but the backtick: what normalising leaves as it is. */
function isPlain(code: number): boolean {
  return code > 0x20 && code < 0x7f && code !== 0x60;
}

/** Collects normalised text as slices, and the original range of each segment of it (see `OffsetMap`). */
class Builder {
  length = 0;
  private readonly parts: string[] = [];
  private readonly at: number[] = [];
  private readonly start: number[] = [];
  private readonly end: number[] = [];

  /** Adds one character that came from `[start, end)`; the characters of one expanded unit share a segment. */
  add(char: string, start: number, end: number): void {
    const last = this.at.length - 1;
    // One character from one: it maps like a copied run ("’" -> "'"), and may go on the run before it.
    if (end - start === 1) this.run(start);
    else if (last < 0 || this.start[last] !== start || this.end[last] !== end)
      this.segment(start, end);
    this.parts.push(char);
    this.length++;
  }

  /** Copies `input[from, to)` unchanged: each character maps to itself. */
  copy(input: string, from: number, to: number): void {
    this.run(from);
    this.parts.push(input.slice(from, to));
    this.length += to - from;
  }

  done(): Normalized {
    return {
      text: this.parts.join(""),
      map: {
        at: Int32Array.from(this.at),
        start: Int32Array.from(this.start),
        end: Int32Array.from(this.end),
      },
    };
  }

  /** Characters mapping one to one from `from` on: the last segment goes on when it is such a run and ends there. */
  private run(from: number): void {
    const last = this.at.length - 1;
    if (
      last >= 0 &&
      this.end[last] === -1 &&
      this.start[last]! + (this.length - this.at[last]!) === from
    )
      return;
    this.segment(from, -1);
  }

  private segment(start: number, end: number): void {
    this.at.push(this.length);
    this.start.push(start);
    this.end.push(end);
  }
}

/** `foldGrapheme`, with plain ASCII passed through and everything else remembered. */
function fold(unit: string): string {
  if (unit.length === 1 && unit < "\u007f" && unit !== "`") return unit;
  let f = folded.get(unit);
  if (f === undefined) {
    f = foldGrapheme(unit);
    folded.set(unit, f);
  }
  return f;
}

/** Maps a non-empty normalised range `[start, end)` back to the original text. */
export function toOriginalRange(n: Normalized, start: number, end: number): [number, number] {
  if (n.map === null) return [start, Math.max(start, end)];
  if (n.map.at.length === 0) return [0, 0]; // nothing was left: whitespace and dropped characters only
  const from = originalStart(n.map, start);
  if (end <= start) return [from, from];
  const to = originalEnd(n.map, end - 1);
  return [from, Math.max(from, to)];
}

/** Where normalised character `i` begins in the original. */
function originalStart(map: OffsetMap, i: number): number {
  const k = segmentOf(map, i);
  return map.end[k]! < 0 ? map.start[k]! + (i - map.at[k]!) : map.start[k]!;
}

/** Where what normalised character `i` came from ends in the original. */
function originalEnd(map: OffsetMap, i: number): number {
  const k = segmentOf(map, i);
  return map.end[k]! < 0 ? map.start[k]! + (i - map.at[k]!) + 1 : map.end[k]!;
}

/** The segment that holds normalised offset `i` (the last one starting at or before it). */
function segmentOf(map: OffsetMap, i: number): number {
  let lo = 0;
  let hi = map.at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.at[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
