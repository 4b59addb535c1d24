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
  /** `starts[i]` is the original offset where normalised character `i` begins. */
  starts: number[];
  /** `ends[i]` is the original offset just after what normalised character `i` came from. */
  ends: number[];
}

const DROPPED = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACE = /^\s+$/u;

const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Folds one grapheme to its normalised form (possibly empty). */
export function foldGrapheme(grapheme: string): string {
  return grapheme
    .normalize("NFKC")
    .replace(DROPPED, "")
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, "-");
}

// Marks and joiners make graphemes of several code points; only then is the (slow) segmenter needed.
const NEEDS_SEGMENTER = /[\p{M}\u200D\uFE0E\uFE0F\u{1F1E6}-\u{1F1FF}]/u;
const folded = new Map<string, string>();

/** Normalises `input` and keeps, for each output character, the original range it came from. */
export function normalize(input: string): Normalized {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let spaceStart = -1; // original offset of a whitespace run not yet emitted

  const emit = (unit: string, index: number, length: number): void => {
    const f = fold(unit);
    if (f === "") return;
    if (SPACE.test(f)) {
      if (spaceStart < 0) spaceStart = index;
      return;
    }
    if (spaceStart >= 0 && out.length > 0) push(out, starts, ends, " ", spaceStart, index);
    spaceStart = -1;
    // Every character of an expanded unit ("…" -> "...") covers the whole unit.
    for (const char of f) push(out, starts, ends, char, index, index + length);
  };

  if (NEEDS_SEGMENTER.test(input)) {
    for (const { segment, index } of segmenter.segment(input)) emit(segment, index, segment.length);
  } else {
    for (let i = 0; i < input.length; ) {
      const code = input.charCodeAt(i);
      // Plain ASCII (nearly all of an English source) takes the short way.
      if (code < 0x7f && code !== 0x60 && code > 0x20) {
        if (spaceStart >= 0 && out.length > 0) push(out, starts, ends, " ", spaceStart, i);
        spaceStart = -1;
        out.push(input[i]!);
        starts.push(i);
        ends.push(i + 1);
        i++;
        continue;
      }
      const length = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      emit(input.slice(i, i + length), i, length);
      i += length;
    }
  }
  return { text: out.join(""), starts, ends };
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

function push(out: string[], starts: number[], ends: number[], char: string, start: number, end: number): void {
  for (let k = 0; k < char.length; k++) {
    out.push(char[k] as string);
    starts.push(start);
    ends.push(end);
  }
}

/** Maps a non-empty normalised range `[start, end)` back to the original text. */
export function toOriginalRange(n: Normalized, start: number, end: number): [number, number] {
  const from = n.starts[start] ?? 0;
  const to = n.ends[end - 1] ?? from;
  return [from, Math.max(from, to)];
}
