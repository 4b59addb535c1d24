/**
 * A figure in its block as readers see it (its paragraph, heading or table row), through
 * emphasis, links and line breaks: the claim around the figure is read there.
 */
import type { Nodes, Parents } from "mdast";
import { SKIP, visitParents } from "unist-util-visit-parents";
import { FACT } from "./nodes.ts";
import type { FigureContext } from "./extract.ts";
import { placedText, type PlacedText } from "./text-offsets.ts";

/**
 * The blocks a reader takes as one stretch of prose: a figure's claim is read within one. A table
 * row is read as its cells joined by semicolons, so that a figure is read with its row's header
 * but each cell stays a clause of its own.
 */
const BLOCKS = new Set(["paragraph", "heading", "tableRow"]);

/** The figure in its block's text, as readers see it; the figure alone where no block holds it. */
export function contextOf(
  figure: PlacedText,
  ancestors: Parents[],
  page: string,
  blocks: Map<Nodes, Block>,
): FigureContext {
  const alone = { text: figure.text, start: 0, end: figure.text.length, callouts: [] };
  const node = ancestors.findLast((a) => BLOCKS.has(a.type));
  const first = figure.offsets[0];
  if (!node || first === undefined) return alone;
  let block = blocks.get(node);
  if (!block) {
    block = blockOf(node, page);
    blocks.set(node, block);
  }
  const start = block.placed.offsets.indexOf(first);
  if (start < 0 || block.placed.text.slice(start, start + figure.text.length) !== figure.text)
    return alone;
  return {
    text: block.placed.text,
    start,
    end: start + figure.text.length,
    callouts: block.callouts,
  };
}

/** A block's text as readers see it, and where each of its callouts' figures stands in it. */
export interface Block {
  placed: PlacedText;
  callouts: { start: number; end: number }[];
}

function blockOf(node: Parents, page: string): Block {
  const placed = node.type === "tableRow" ? rowText(node, page) : placedText(node, page);
  const callouts: Block["callouts"] = [];
  visitParents(node, (inner: Nodes) => {
    if (
      (inner.type !== "mdxJsxTextElement" && inner.type !== "mdxJsxFlowElement") ||
      inner.name !== FACT
    )
      return undefined;
    const figure = placedText(inner, page);
    const at = figure.offsets[0] === undefined ? -1 : placed.offsets.indexOf(figure.offsets[0]);
    if (at >= 0) callouts.push({ start: at, end: at + figure.text.length });
    return SKIP;
  });
  return { placed, callouts };
}

/** A table row's cells as one text, joined by "; " (placed at the end of the cell before). */
function rowText(row: Parents, page: string): PlacedText {
  const out: PlacedText = { text: "", offsets: [], ends: [] };
  row.children.forEach((cell, k) => {
    const placed = placedText(cell, page);
    if (k > 0) {
      const at = cell.position?.start.offset ?? 0;
      out.text += "; ";
      out.offsets.push(at, at);
      out.ends.push(at, at);
    }
    out.text += placed.text;
    for (const o of placed.offsets) out.offsets.push(o);
    for (const e of placed.ends) out.ends.push(e);
  });
  return out;
}
