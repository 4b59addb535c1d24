/**
 * A ready-to-paste `changes:` entry for a difference between a raw line and the edition: the raw
 * line it starts on, the words exactly as each file has them, and a kind and reason to check.
 */
import { CHANGE_KINDS, type ChangeKind } from "../schemas/source.ts";
import type { Block } from "./edition.ts";

export interface ProposedChange {
  line: number;
  raw: string;
  edition: string;
}

/** A block's raw lines, before and after the declared changes, and how one maps to the other. */
export interface Built {
  /** The raw lines joined by line breaks, in the block's order. */
  source: string;
  /** Where each of the block's lines starts in `source`. */
  starts: number[];
  /** `source` after the declared changes: what the edition's block must say. */
  text: string;
  /** The changes applied, by their place in `source`, first first. */
  edits: { at: number; length: number; replacement: string }[];
}

export type Word = { word: string; offset: number };

/**
 * The change that would declare the difference of words `removed` (of the raw text) into `added`
 * (of the edition): its raw line and both texts, widened by a neighbouring word when either side
 * is empty or the raw text occurs more than once on its line.
 */
export function propose(
  block: Block,
  built: Built,
  d: { want: Word[]; got: Word[]; removed: [number, number]; added: [number, number] },
): ProposedChange | null {
  let [r0, r1] = d.removed;
  let [a0, a1] = d.added;
  if (r0 === r1 || a0 === a1) {
    // A word dropped or added: take the word before it (or after) into both sides.
    if (r0 > 0 && a0 > 0) [r0, a0] = [r0 - 1, a0 - 1];
    else [r1, a1] = [r1 + 1, a1 + 1];
  }
  for (let widen = 0; widen < 4; widen++) {
    const first = d.want[r0];
    const last = d.want[r1 - 1];
    const from = d.got[a0];
    const to = d.got[a1 - 1];
    if (!first || !last || !from || !to) return null;
    const rawFrom = toSource(built, first.offset, false);
    const rawTo = toSource(built, last.offset + last.word.length, true);
    const raw = built.source.slice(rawFrom, rawTo);
    const k = built.starts.findLastIndex((s) => s <= rawFrom);
    const line = block.lines[k];
    if (line === undefined || raw === "") return null;
    const lineEnd = built.source.indexOf("\n", built.starts[k]);
    const once =
      built.source.indexOf(raw, built.starts[k]) === rawFrom &&
      !startsBetween(built.source, raw, rawFrom + 1, lineEnd < 0 ? built.source.length : lineEnd);
    if (once)
      return { line, raw, edition: block.text.slice(from.offset, to.offset + to.word.length) };
    [r1, a1] = [r1 + 1, a1 + 1];
  }
  return null;
}

/** True when `needle` starts somewhere in `text[from, to]`. */
function startsBetween(text: string, needle: string, from: number, to: number): boolean {
  const at = text.indexOf(needle, from);
  return at >= 0 && at <= to;
}

/** The place in the raw lines of an offset in the changed text (a change's start, or its end). */
function toSource(built: Built, offset: number, end: boolean): number {
  let shift = 0;
  for (const e of built.edits) {
    const at = e.at + shift;
    if (offset < at || (end && offset === at)) break;
    if (offset < at + e.replacement.length || (end && offset === at + e.replacement.length))
      return end ? e.at + e.length : e.at;
    shift += e.replacement.length - e.length;
  }
  return offset - shift;
}

/** The entry as YAML, indented as source.yaml's list of changes is. */
export function changeEntry({ line, raw, edition }: ProposedChange): string {
  const kind = kindOf(raw, edition);
  const why = CHANGE_KINDS[kind];
  return [
    `  - line: ${line}`,
    `    kind: ${kind}`,
    `    raw: ${JSON.stringify(raw)}`,
    `    edition: ${JSON.stringify(edition)}`,
    `    why: ${JSON.stringify(`${why[0]!.toUpperCase()}${why.slice(1)}.`)}`,
  ].join("\n");
}

/** The kind a change most likely is, from its two texts; the contributor confirms it. */
export function kindOf(raw: string, edition: string): ChangeKind {
  const squash = (s: string) => s.replace(/\s+/g, "");
  if (/\n/.test(raw) && raw.replace(/-?\n/, "") === edition) return "join";
  if (!raw.includes("-") && edition.replaceAll("-", "") === raw) return "hyphen";
  if (squash(raw) === squash(edition)) return "space";
  if (isWithout(raw, edition)) return "mark";
  return "typo";
}

/** True when `edition` is `raw` with characters that are no letters or digits taken out. */
function isWithout(raw: string, edition: string): boolean {
  const kept = [...edition];
  let k = 0;
  for (const c of raw) {
    if (c === kept[k]) k++;
    else if (/[\p{L}\p{N}]/u.test(c)) return false;
  }
  return k === kept.length && edition.length < raw.length;
}
