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
  /** `starts[i]` is the original offset where normalised character `i` begins; null when text and original are the same. */
  starts: Int32Array | null;
  /** `ends[i]` is the original offset just after what normalised character `i` came from; null likewise. */
  ends: Int32Array | null;
}

// Printable ASCII (no backtick) in words separated by single spaces: normalising it changes nothing.
const ALREADY_NORMAL = /^[\x21-\x5f\x61-\x7e]+(?: [\x21-\x5f\x61-\x7e]+)*$/;

const DROPPED = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g;
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
const NEEDS_SEGMENTER = /[\p{M}\u200D\uFE0E\uFE0F\u{1F1E6}-\u{1F1FF}]/u;
const folded = new Map<string, string>();

/** Normalises `input` and keeps, for each output character, the original range it came from. */
export function normalize(input: string): Normalized {
  if (input === "" || ALREADY_NORMAL.test(input)) return { text: input, starts: null, ends: null };
  return byRuns(input) ?? bySegments(input);
}

/**
 * Copies runs of plain ASCII as they are and folds every other character:
 * most of a text is one run. Null when a mark or joiner makes a grapheme of
 * several code points, which only `bySegments` handles.
 */
function byRuns(input: string): Normalized | null {
  const out = new Builder(input.length);
  const folder = foldInto(out);
  let run = -1; // start of a run of plain ASCII, copied as one slice
  for (let i = 0; i <= input.length; ) {
    const code = i < input.length ? input.charCodeAt(i) : -1;
    // A lone space between plain characters maps to itself, so it stays in the run.
    if (isPlain(code) || (code === 0x20 && run >= 0 && isPlain(input.charCodeAt(i + 1)))) {
      if (run < 0) {
        folder.text(i);
        run = i;
      }
      i++;
      continue;
    }
    if (run >= 0) {
      out.copy(input, run, i);
      run = -1;
    }
    if (code < 0) break;
    const length = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    const unit = input.slice(i, i + length);
    if (code >= 0x300 && NEEDS_SEGMENTER.test(unit)) return null;
    folder.unit(unit, i, length);
    i += length;
  }
  return out.done();
}

/** Folds grapheme by grapheme, so that combining marks compose (slow: only for text that has them). */
function bySegments(input: string): Normalized {
  const out = new Builder(input.length);
  const folder = foldInto(out);
  for (const { segment, index } of segmenter.segment(input)) folder.unit(segment, index, segment.length);
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

/** Collects normalised text as slices, and each character's original range in typed arrays. */
class Builder {
  length = 0;
  private readonly parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;

  constructor(size: number) {
    this.starts = new Int32Array(size + 8);
    this.ends = new Int32Array(size + 8);
  }

  add(char: string, start: number, end: number): void {
    this.reserve(1);
    this.parts.push(char);
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** Copies `input[from, to)` unchanged: each character maps to itself. */
  copy(input: string, from: number, to: number): void {
    this.reserve(to - from);
    this.parts.push(input.slice(from, to));
    for (let i = from; i < to; i++, this.length++) {
      this.starts[this.length] = i;
      this.ends[this.length] = i + 1;
    }
  }

  done(): Normalized {
    return { text: this.parts.join(""), starts: this.starts.subarray(0, this.length), ends: this.ends.subarray(0, this.length) };
  }

  private reserve(n: number): void {
    if (this.length + n <= this.starts.length) return;
    const size = Math.max(this.starts.length * 2, this.length + n);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
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
  if (n.starts === null || n.ends === null) return [start, Math.max(start, end)];
  const from = n.starts[start] ?? 0;
  const to = n.ends[end - 1] ?? from;
  return [from, Math.max(from, to)];
}
