/**
 * What a callout, derived figure, chart or opt-out says in its attributes, and what its figure
 * holds that the check cannot read (an expression, a callout inside a callout).
 */
import type { Nodes } from "mdast";
import { visitParents, SKIP } from "unist-util-visit-parents";
import type { AttributeProblem, ExtractedChart, ExtractedFact, OptOut } from "./extract.ts";
import { DERIVED, EXPRESSIONS, FACT, isJsx, offsetOf, type JsxElement } from "./nodes.ts";

/**
 * The element's string attributes and their places; expressions and names not in `known` are
 * problems.
 */
export function readAttributes(
  node: JsxElement,
  known: readonly string[],
): Pick<ExtractedFact, "attributes" | "attributeOffsets" | "problems"> {
  const attributes: Record<string, string> = {};
  const attributeOffsets: Record<string, number> = {};
  const problems: AttributeProblem[] = [];
  for (const attribute of node.attributes) {
    const offset = attribute.position?.start.offset ?? offsetOf(node);
    if (attribute.type !== "mdxJsxAttribute") {
      problems.push({
        code: "fact-attribute-expression",
        attribute: "{…}",
        offset,
        message: 'Unexpected spread attribute, expected plain `name="value"` attributes',
      });
      continue;
    }
    attributeOffsets[attribute.name] = offset;
    if (!known.includes(attribute.name)) {
      problems.push({
        code: "fact-unknown-attribute",
        attribute: attribute.name,
        offset,
        message:
          `Unexpected attribute \`${attribute.name}\`, expected one of ` +
          `${known.map((a) => `\`${a}\``).join(", ")}`,
      });
      continue;
    }
    if (typeof attribute.value === "string") attributes[attribute.name] = attribute.value;
    else {
      problems.push({
        code: "fact-attribute-expression",
        attribute: attribute.name,
        offset,
        message:
          `Unexpected ` +
          `${attribute.value === null ? "attribute without a value" : "expression"} for ` +
          `\`${attribute.name}\`, expected a quoted string the check can read, like ` +
          `\`${attribute.name}="…"\``,
      });
    }
  }
  return { attributes, attributeOffsets, problems };
}

/**
 * Expressions and nested callouts in a figure: what readers would see that the check cannot read.
 */
export function figureProblems(node: JsxElement): AttributeProblem[] {
  const problems: AttributeProblem[] = [];
  visitParents(node, (inner: Nodes) => {
    if (inner === node) return undefined;
    const offset = offsetOf(inner);
    if (isJsx(inner) && (inner.name === FACT || inner.name === DERIVED)) {
      const outer = node.name ?? FACT;
      problems.push({
        code: "fact-nested",
        attribute: "",
        offset,
        message: `Unexpected \`<${inner.name}>\` inside a \`<${outer}>\`, expected each figure in its own callout`,
      });
      return SKIP;
    }
    if (EXPRESSIONS.has(inner.type)) {
      problems.push({
        code: "fact-expression-in-figure",
        attribute: "",
        offset,
        message:
          "Unexpected `{…}` expression in the figure, expected plain text the check can read",
      });
    }
    return undefined;
  });
  return problems;
}

export function extractChart(node: JsxElement): ExtractedChart {
  const attributes: Record<string, unknown> = {};
  for (const a of node.attributes) {
    if (a.type !== "mdxJsxAttribute")
      attributes["{…}"] = a.value; // a spread: no attribute the chart accepts
    else
      attributes[a.name] =
        typeof a.value === "string" || a.value == null
          ? (a.value ?? null)
          : { expression: a.value.value };
  }
  return { attributes, start: offsetOf(node) };
}

export function extractOptOut(node: JsxElement): OptOut {
  const why = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "why");
  return {
    why: why && typeof why.value === "string" && why.value.trim() !== "" ? why.value : null,
    start: offsetOf(node),
  };
}
