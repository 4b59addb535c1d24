/** The MDX elements the engine knows, and small helpers for mdast nodes. */
import type { Nodes } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";

/** The callout component. */
export const FACT = "Fact";
/** A figure computed from callouts by a formula; its numbers are checked by recomputing them. */
export const DERIVED = "Derived";
/** The visible opt-out for a number in prose that is no claim (a chapter number, say). */
export const NOT_A_CLAIM = "NotAClaim";
/** A bar chart drawn from callouts; its numbers come from the callouts it names. */
export const CHART = "Chart";

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export const EXPRESSIONS = new Set(["mdxTextExpression", "mdxFlowExpression", "mdxjsEsm"]);

export function isJsx(node: Nodes): node is JsxElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

export function offsetOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}
