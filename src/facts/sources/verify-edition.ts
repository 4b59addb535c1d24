/**
 * Proves that a reading edition loses nothing and adds nothing: each block's
 * words are exactly the words of its raw lines, in the listed order, after
 * the declared changes; every raw line with text is in exactly one block.
 */
import { diffArrays } from "diff";
import type { Change } from "../schemas/source.ts";
import type { Block } from "./edition.ts";
import { isSpaceCode } from "../text/chars.ts";
import { changeEntry, propose, type Built } from "./change-entry.ts";
import { relocateChanges } from "./relocate-change.ts";

export type EditionIssueCode =
  | "edition-undeclared-change"
  | "edition-line-unassigned"
  | "edition-line-reused"
  | "edition-change-not-found";

export interface EditionIssue {
  code: EditionIssueCode;
  message: string;
  /** Where to point: an offset in the edition file, in the raw file, or a declared change. */
  at:
    | { file: "edition"; offset: number }
    | { file: "raw"; offset: number }
    | { file: "meta"; change: number };
  /** What to write, where the check can say it exactly (a ready-to-paste change, a line). */
  hint?: string;
  /**
   * A block whose words are not its raw lines' after the declared changes: its anchor, and what
   * those lines say, which the quotes written before the edit still match.
   */
  refused?: {
    anchor: string;
    /** The block's raw lines after the declared changes: the text the edition should hold. */
    expected: string;
  };
}

export function verifyEdition(raw: string, blocks: Block[], changes: Change[]): EditionIssue[] {
  const rawLines = raw.split("\n");
  const lineOffsets = offsetsOf(rawLines);
  const issues: EditionIssue[] = [];
  const owner = new Map<number, string>();

  for (const block of blocks) {
    for (const n of block.lines) {
      if (n > rawLines.length) {
        issues.push({
          code: "edition-line-unassigned",
          message:
            `Unexpected raw line ${n} in block \`${block.anchor}\`, expected a line of the ` +
            `raw file (it has ${rawLines.length})`,
          at: { file: "edition", offset: block.headerOffset },
        });
        continue;
      }
      const other = owner.get(n);
      if (other !== undefined) {
        issues.push({
          code: "edition-line-reused",
          message:
            `Unexpected raw line ${n} in block \`${block.anchor}\`, it is already in block ` +
            `\`${other}\`: each line belongs to one block`,
          at: { file: "edition", offset: block.headerOffset },
        });
      }
      owner.set(n, block.anchor);
    }
  }
  rawLines.forEach((line, k) => {
    if (line.trim() !== "" && !owner.has(k + 1)) {
      issues.push({
        code: "edition-line-unassigned",
        message:
          `Unexpected raw line ${k + 1} in no block of the edition, expected every line ` +
          `with text to be kept: \`${line.trim()}\``,
        at: { file: "raw", offset: lineOffsets[k] ?? 0 },
      });
    }
  });

  // A change declared on the wrong line is reported once, and applied where it is.
  const lines = relocateChanges(blocks, rawLines, changes, issues);
  const used = new Set<number>();
  for (const block of blocks) {
    const built = applyChanges(block, rawLines, changes, lines, used, issues);
    compareWords(block, built, issues);
  }
  changes.forEach((change, index) => {
    if (!used.has(index) && !issues.some((i) => i.at.file === "meta" && i.at.change === index)) {
      issues.push({
        code: "edition-change-not-found",
        message: `Unexpected change on raw line ${change.line}, no block of the edition holds that line`,
        at: { file: "meta", change: index },
      });
    }
  });
  return issues;
}

/**
 * Builds a block's raw text from its lines and applies the changes declared on them (`lines[k]`
 * is where change `k` is applied: its own line, or where it was found).
 */
function applyChanges(
  block: Block,
  rawLines: string[],
  changes: Change[],
  lines: readonly (number | null)[],
  used: Set<number>,
  issues: EditionIssue[],
): Built {
  const starts: number[] = [];
  let text = "";
  for (const n of block.lines) {
    starts.push(text.length + (text === "" ? 0 : 1));
    text += (text === "" ? "" : "\n") + (rawLines[n - 1] ?? "");
  }
  const source = text;
  const edits: { at: number; length: number; replacement: string }[] = [];
  changes.forEach((change, index) => {
    const line = lines[index];
    if (line === null || line === undefined) return; // reported where it was found
    const k = block.lines.indexOf(line);
    if (k < 0) return;
    used.add(index);
    const from = starts[k] ?? 0;
    const lineEnd = text.indexOf("\n", from);
    const to = lineEnd < 0 ? text.length : lineEnd;
    const hits: number[] = [];
    for (
      let at = text.indexOf(change.raw, from);
      at >= 0 && at <= to;
      at = text.indexOf(change.raw, at + 1)
    )
      hits.push(at);
    if (hits.length !== 1) {
      const why = hits.length === 0 ? "does not occur" : `occurs ${hits.length} times`;
      issues.push({
        code: "edition-change-not-found",
        message:
          `Unexpected change \`${show(change.raw)}\`: it ${why} on raw line ${change.line} ` +
          `of block \`${block.anchor}\`, expected exactly once`,
        at: { file: "meta", change: index },
      });
      return;
    }
    edits.push({ at: hits[0] as number, length: change.raw.length, replacement: change.edition });
  });
  edits.sort((a, b) => b.at - a.at);
  for (const e of edits) text = text.slice(0, e.at) + e.replacement + text.slice(e.at + e.length);
  return { source, starts, text, edits: edits.reverse() };
}

/**
 * Reports the first run of words where the edition differs from the raw text after declared
 * changes.
 */
function compareWords(block: Block, built: Built, issues: EditionIssue[]): void {
  const expected = built.text;
  // Nearly every block matches, and most are their raw lines joined by spaces: one native
  // comparison proves those; the rest are compared with whitespace folded before any words are
  // listed.
  if (expected.replaceAll("\n", " ") === block.text || sameWords(expected, block.text)) return;
  const want = words(expected);
  const got = words(block.text);
  if (want.length === got.length && want.every((w, k) => w.word === got[k]?.word)) return;
  const parts = diffArrays(
    want.map((w) => w.word),
    got.map((w) => w.word),
  );
  let gotIndex = 0;
  let wantIndex = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (!part.added && !part.removed) {
      gotIndex += part.count ?? part.value.length;
      wantIndex += part.count ?? part.value.length;
      continue;
    }
    const removed = part.removed ? part.value : [];
    const added =
      part.removed && parts[p + 1]?.added ? parts[p + 1]!.value : part.added ? part.value : [];
    const proposal = propose(block, built, {
      want,
      got,
      removed: [wantIndex, wantIndex + removed.length],
      added: [gotIndex, gotIndex + added.length],
    });
    const offset = block.textOffset + (got[Math.min(gotIndex, got.length - 1)]?.offset ?? 0);
    const what =
      removed.length && added.length
        ? `\`${removed.join(" ")}\` became \`${added.join(" ")}\``
        : removed.length
          ? `\`${removed.join(" ")}\` was dropped`
          : `\`${added.join(" ")}\` was added`;
    issues.push({
      code: "edition-undeclared-change",
      message:
        `Unexpected undeclared change in block \`${block.anchor}\`: ${what}; expected ` +
        `the raw words, or a change declared in source.yaml`,
      at: { file: "edition", offset },
      ...(proposal
        ? {
            hint:
              "Make the edition say what its raw lines say, or declare the change: add under " +
              `\`changes:\` in source.yaml\n${changeEntry(proposal)}`,
          }
        : {}),
      refused: { anchor: block.anchor, expected },
    });
    return; // one per block: later differences are often echoes of the first
  }
}

/**
 * True when `a` and `b` hold the same words with the same whitespace between
 * them, whatever that whitespace is: what comparing `x.replace(/\s+/g, " ").trim()`
 * says, without building two copies of every block.
 */
export function sameWords(a: string, b: string): boolean {
  let i = skipSpace(a, 0);
  let j = skipSpace(b, 0);
  while (i < a.length && j < b.length) {
    const spaceA = isSpace(a, i);
    const spaceB = isSpace(b, j);
    if (spaceA !== spaceB) return false;
    if (spaceA) {
      i = skipSpace(a, i);
      j = skipSpace(b, j);
    } else if (a.charCodeAt(i) !== b.charCodeAt(j)) {
      return false;
    } else {
      i++;
      j++;
    }
  }
  return skipSpace(a, i) === a.length && skipSpace(b, j) === b.length;
}

function isSpace(text: string, i: number): boolean {
  return isSpaceCode(text.charCodeAt(i));
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text, i)) i++;
  return i;
}

function words(text: string): { word: string; offset: number }[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ word: m[0], offset: m.index }));
}

function offsetsOf(lines: string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const line of lines) {
    out.push(at);
    at += line.length + 1;
  }
  return out;
}

function show(text: string): string {
  return text.replaceAll("\n", "\\n");
}
