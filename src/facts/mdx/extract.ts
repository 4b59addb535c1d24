/**
 * Extracts the `<Fact>` callouts of a parsed MDX page, the numbers its prose
 * states without one, and its visible opt-outs (`<NotAClaim why="…">`).
 */
import type { Root, Nodes } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import { visitParents, SKIP } from "unist-util-visit-parents";
import { readText, type NumberExpr } from "../numbers/read.ts";
import { FACT_ATTRIBUTES } from "../schemas/fact.ts";

/** The callout component. */
export const FACT = "Fact";
/** The visible opt-out for a number in prose that is no claim (a chapter number, say). */
export const NOT_A_CLAIM = "NotAClaim";

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export interface AttributeProblem {
  code: "fact-attribute-expression" | "fact-unknown-attribute";
  attribute: string;
  offset: number;
  message: string;
}

export interface ExtractedFact {
  /** Position of the fact on its page, 0-based. */
  index: number;
  /** String-valued attributes as written. */
  attributes: Record<string, string>;
  /** Offsets of each attribute in the page, to point at it. */
  attributeOffsets: Record<string, number>;
  problems: AttributeProblem[];
  /** The figure as shown to readers. */
  text: string;
  start: number;
  end: number;
  /** Offset of the figure's first character in the page, to place its numbers. */
  textStart: number;
  /** The tree node, so that glue code can annotate it. */
  node: JsxElement;
}

export interface OptOut {
  why: string | null;
  text: string;
  start: number;
  end: number;
  numbers: number;
}

export interface UncitedNumber {
  number: NumberExpr;
  /** Offset of the number in the page (approximate where the text held escapes). */
  offset: number;
}

export interface ExtractedPage {
  facts: ExtractedFact[];
  uncited: UncitedNumber[];
  optOuts: OptOut[];
}

/** Walks a page's tree once and collects its facts, uncited numbers and opt-outs. */
export function extractPage(tree: Root): ExtractedPage {
  const page: ExtractedPage = { facts: [], uncited: [], optOuts: [] };
  visitParents(tree, (node: Nodes) => {
    if (isJsx(node) && node.name === FACT) {
      page.facts.push(extractFact(node, page.facts.length));
      return SKIP;
    }
    if (isJsx(node) && node.name === NOT_A_CLAIM) {
      page.optOuts.push(extractOptOut(node));
      return SKIP;
    }
    // Facts and opt-outs were skipped above, so any text reached here is prose.
    if (node.type === "text") collectUncited(node.value, offsetOf(node), page);
    return undefined;
  });
  return page;
}

function extractFact(node: JsxElement, index: number): ExtractedFact {
  const attributes: Record<string, string> = {};
  const attributeOffsets: Record<string, number> = {};
  const problems: AttributeProblem[] = [];
  for (const attribute of node.attributes) {
    const offset = attribute.position?.start.offset ?? offsetOf(node);
    if (attribute.type !== "mdxJsxAttribute") {
      problems.push({ code: "fact-attribute-expression", attribute: "{…}", offset, message: "Unexpected spread attribute, expected plain `name=\"value\"` attributes" });
      continue;
    }
    attributeOffsets[attribute.name] = offset;
    if (!(FACT_ATTRIBUTES as readonly string[]).includes(attribute.name)) {
      problems.push({ code: "fact-unknown-attribute", attribute: attribute.name, offset, message: `Unexpected attribute \`${attribute.name}\`, expected one of ${FACT_ATTRIBUTES.map((a) => `\`${a}\``).join(", ")}` });
      continue;
    }
    if (typeof attribute.value === "string") attributes[attribute.name] = attribute.value;
    else {
      problems.push({
        code: "fact-attribute-expression",
        attribute: attribute.name,
        offset,
        message: `Unexpected ${attribute.value === null ? "attribute without a value" : "expression"} for \`${attribute.name}\`, expected a quoted string the check can read, like \`${attribute.name}="…"\``,
      });
    }
  }
  const first = node.children[0];
  return {
    index,
    attributes,
    attributeOffsets,
    problems,
    text: toString(node),
    start: offsetOf(node),
    end: node.position?.end.offset ?? offsetOf(node),
    textStart: first ? offsetOf(first) : offsetOf(node),
    node,
  };
}

function extractOptOut(node: JsxElement): OptOut {
  const why = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "why");
  const text = toString(node);
  return {
    why: why && typeof why.value === "string" && why.value.trim() !== "" ? why.value : null,
    text,
    start: offsetOf(node),
    end: node.position?.end.offset ?? offsetOf(node),
    numbers: readText(text).numbers.length,
  };
}

function collectUncited(value: string, offset: number, page: ExtractedPage): void {
  for (const number of readText(value).numbers) page.uncited.push({ number, offset: offset + number.start });
}

function isJsx(node: Nodes): node is JsxElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

function offsetOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}
