/**
 * Where each declared change applies: on its own raw line when its raw text starts there; where it
 * does start when that is exactly one other line (reported once, with the line to write); nowhere
 * when the raw text does not hold it (reported). A change on the wrong line is one mistake, not
 * two: it is not also reported as an undeclared change of the block where it is.
 */
import type { Change } from "../schemas/source.ts";
import type { Block } from "./edition.ts";
import type { EditionIssue } from "./verify-edition.ts";

/** A block's raw lines in its order, joined by line breaks, as changes are applied to them. */
interface BlockSource {
  lines: number[];
  text: string;
  /** Where each line starts in `text`. */
  starts: number[];
}

/** The raw line to apply each change on, or null when it applies nowhere (reported here). */
export function relocateChanges(
  blocks: readonly Block[],
  rawLines: readonly string[],
  changes: readonly Change[],
  issues: EditionIssue[],
): (number | null)[] {
  const sources = blocks.map((b) => blockSource(b, rawLines));
  return changes.map((change, index) => {
    // A line in no block is reported as such after the blocks are built.
    const own = sources.filter((b) => b.lines.includes(change.line));
    if (own.length === 0) return change.line;
    const hits = sources.flatMap((b) => linesWhere(b, change.raw));
    if (hits.includes(change.line)) return change.line;
    const at = { file: "meta", change: index } as const;
    const text = `\`${change.raw.replaceAll("\n", "\\n")}\``;
    if (hits.length === 1) {
      const line = hits[0]!;
      issues.push({
        code: "edition-change-not-found",
        message:
          `Unexpected \`line: ${change.line}\` for change ${text}: it is on raw line ${line}, ` +
          `expected the line where it starts`,
        hint: `Write \`line: ${line}\`.`,
        at,
      });
      return line;
    }
    issues.push({
      code: "edition-change-not-found",
      message:
        hits.length === 0
          ? `Unexpected change ${text}: no raw line holds it, expected \`raw\` exactly as in ` +
            `raw.txt`
          : `Unexpected change ${text} on raw line ${change.line}: it is on raw lines ` +
            `${[...new Set(hits)].join(", ")}, expected the line where it starts`,
      hint:
        hits.length === 0
          ? "Copy `raw` from raw.txt as it is there, with `\\n` for a line break."
          : "Write the `line` of the one this change is for.",
      at,
    });
    return null;
  });
}

function blockSource(block: Block, rawLines: readonly string[]): BlockSource {
  const starts: number[] = [];
  let text = "";
  for (const n of block.lines) {
    starts.push(text.length + (text === "" ? 0 : 1));
    text += (text === "" ? "" : "\n") + (rawLines[n - 1] ?? "");
  }
  return { lines: block.lines, text, starts };
}

/** The raw line where each occurrence of `raw` in the block starts. */
function linesWhere(block: BlockSource, raw: string): number[] {
  const out: number[] = [];
  for (let at = block.text.indexOf(raw); at >= 0; at = block.text.indexOf(raw, at + 1))
    out.push(block.lines[block.starts.findLastIndex((s) => s <= at)]!);
  return out;
}
