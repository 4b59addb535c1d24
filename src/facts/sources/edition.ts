/**
 * Parses a reading edition (`edition.txt`): blocks that each begin with a
 * header `@@ <anchor> <kind> <raw lines>` and hold one paragraph of text.
 */
import { BLOCK_KINDS, type BlockKind } from "../schemas/edition.ts";

export interface Block {
  anchor: string;
  kind: BlockKind;
  /** Raw line numbers (1-based) in reading order. */
  lines: number[];
  /** The block's text as written in the edition file. */
  text: string;
  /** Offset of the header line in the edition file. */
  headerOffset: number;
  /** Offset of `text` in the edition file. */
  textOffset: number;
}

export interface EditionProblem {
  offset: number;
  message: string;
}

export interface ParsedEdition {
  blocks: Block[];
  problems: EditionProblem[];
}

// No source runs to a million lines; a larger range is a typo, not a block.
const MAX_RANGE = 1_000_000;
const HEADER = /^@@ ([a-z0-9]+(?:-[a-z0-9]+)*) ([a-z-]+) ((?:\d+(?:-\d+)?)(?:,\d+(?:-\d+)?)*)\s*$/;

export function parseEdition(source: string): ParsedEdition {
  const blocks: Block[] = [];
  const problems: EditionProblem[] = [];
  const anchors = new Set<string>();
  let current: Block | null = null;
  let offset = 0;

  for (const line of source.split("\n")) {
    const lineOffset = offset;
    offset += line.length + 1;
    if (line.startsWith("@@")) {
      current = parseHeader(line, lineOffset, problems);
      if (current) {
        if (anchors.has(current.anchor))
          problems.push({
            offset: lineOffset + 3,
            message: `Unexpected duplicate anchor \`${current.anchor}\`, expected each block to have its own`,
          });
        anchors.add(current.anchor);
        blocks.push(current);
      }
      continue;
    }
    if (line.trim() === "") {
      // A block is one paragraph: a blank line ends it, so its text stays one slice of the file.
      if (current && current.text !== "") current = null;
      continue;
    }
    if (!current) {
      problems.push({
        offset: lineOffset,
        message:
          "Unexpected text outside a block, expected a header `@@ <anchor> <kind> <raw " +
          "lines>` before it (a block is one paragraph)",
      });
      continue;
    }
    if (current.text === "") current.textOffset = lineOffset;
    else current.text += "\n";
    current.text += line;
  }
  for (const block of blocks) {
    if (block.text.trim() === "")
      problems.push({
        offset: block.headerOffset,
        message: `Unexpected empty block \`${block.anchor}\`, expected its text on the lines after the header`,
      });
  }
  return { blocks, problems };
}

function parseHeader(line: string, offset: number, problems: EditionProblem[]): Block | null {
  const m = HEADER.exec(line);
  if (!m) {
    problems.push({
      offset,
      message:
        `Unexpected block header \`${line}\`, expected \`@@ <anchor> <kind> <raw ` +
        `lines>\` such as \`@@ p01 paragraph 15-20\``,
    });
    return null;
  }
  const [, anchor = "", kind = "", ranges = ""] = m;
  if (!(BLOCK_KINDS as readonly string[]).includes(kind)) {
    problems.push({
      offset: offset + 4 + anchor.length,
      message: `Unexpected block kind \`${kind}\`, expected one of ${BLOCK_KINDS.map((k) => `\`${k}\``).join(", ")}`,
    });
    return null;
  }
  const lines: number[] = [];
  for (const range of ranges.split(",")) {
    const [from = 0, to = from] = range.split("-").map(Number);
    if (from < 1 || to < from || to - from > MAX_RANGE) {
      problems.push({
        offset,
        message: `Unexpected raw lines \`${range}\`, expected line numbers from 1, low before high, such as \`15-20\``,
      });
      return null;
    }
    for (let n = from; n <= to; n++) lines.push(n);
  }
  return {
    anchor,
    kind: kind as BlockKind,
    lines,
    text: "",
    headerOffset: offset,
    textOffset: offset + line.length + 1,
  };
}
