/**
 * The prose of a page, where a reader meets numbers that no callout holds: text, and also what
 * a reader sees elsewhere (alt text, link and image titles, the visible attributes of elements
 * such as `<abbr title="…">`, string expressions such as `{"six million"}`). Each number read is
 * uncited unless opted out; each stretch the reader cannot read, and each hidden or look-alike
 * character, is reported.
 */
import type { Nodes } from "mdast";
import type { Node } from "unist";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { readText } from "../numbers/read.ts";
import { lookalikesIn } from "./lookalikes.ts";
import { expressionStrings } from "./expressions.ts";
import { placedText, rangeOf, type PlacedText } from "./text-offsets.ts";
import type { ExtractedPage } from "./extract.ts";

const EXPRESSIONS = new Set(["mdxTextExpression", "mdxFlowExpression", "mdxjsEsm"]);
/** Attributes whose words a reader sees or hears (a tooltip, a label read aloud). */
const VISIBLE_ATTRIBUTES = new Set([
  "title",
  "alt",
  "aria-label",
  "aria-description",
  "aria-valuetext",
  "label",
  "placeholder",
  "summary",
]);

/** Reads the prose of one node (not inside a callout or an opt-out) into `out`. */
export function readProse(node: Nodes, page: string, out: ExtractedPage): void {
  const at = node.position?.start.offset ?? 0;
  if (node.type === "text") read(placedText(node, page), at, out);
  // Alt text is read by screen readers and shown when an image fails; a title is a tooltip.
  if (node.type === "image") readLoose(node.alt, at, out);
  if (node.type === "image" || node.type === "link" || node.type === "definition")
    readLoose(node.title, at, out);
  if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement")
    readAttributes(node, out);
  if (EXPRESSIONS.has(node.type) && "value" in node) readExpression(node.value, node, out);
}

/** Text with no place of its own in the page (an attribute's value): placed at `at`. */
function readLoose(text: string | null | undefined, at: number, out: ExtractedPage): void {
  if (text) read({ text, offsets: [], ends: [] }, at, out);
}

function readAttributes(node: MdxJsxFlowElement | MdxJsxTextElement, out: ExtractedPage): void {
  for (const attribute of node.attributes) {
    if (attribute.type !== "mdxJsxAttribute" || !VISIBLE_ATTRIBUTES.has(attribute.name)) continue;
    const at = attribute.position?.start.offset ?? node.position?.start.offset ?? 0;
    if (typeof attribute.value === "string") readLoose(attribute.value, at, out);
    else if (attribute.value) readExpression(attribute.value.value, attribute, out);
  }
}

/**
 * An expression computes what readers see, so a number in it cannot be checked; the words of its
 * string literals are read as prose, so that `{"six million"}` is no way around the check.
 */
function readExpression(value: string, node: Node, out: ExtractedPage): void {
  if (/^\s*(?:import|export)\s/.test(value)) return;
  const at = node.position?.start.offset ?? 0;
  if (/\p{N}/u.test(value))
    out.unreadable.push({
      text: value,
      offset: at,
      endOffset: node.position?.end.offset ?? at,
      reason: "an expression computes what readers see, and the check cannot read it",
    });
  else for (const shown of expressionStrings(value)) readLoose(shown, at, out);
}

function read(placed: PlacedText, fallback: number, out: ExtractedPage): void {
  const reading = readText(placed.text);
  const lookalikes = lookalikesIn(placed, fallback);
  for (const number of reading.numbers)
    out.uncited.push({ number, ...rangeOf(placed, number.start, number.end, fallback) });
  for (const u of reading.unsure) {
    const range = rangeOf(placed, u.start, u.end, fallback);
    // A word the reader refused for a hidden character in it is reported as that character
    // (`text-hidden-character`), once.
    const hidden = lookalikes.some(
      (l) => l.kind === "hidden" && l.offset < range.endOffset && range.offset < l.endOffset,
    );
    if (!hidden) out.unreadable.push({ text: u.text, reason: u.reason, ...range });
  }
  out.lookalikes.push(...lookalikes);
}
