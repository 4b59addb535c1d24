/** Finds a rendered `<Chart>` in its page's MDX, to name its line and column in an error. */
import { CHART, parseMdx } from "../facts/index.ts";
import type { ChartPlace } from "./error.ts";

export { CHART };

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
  children?: JsxNode[];
}

/** The place of the `<Chart>` whose string attributes are the ones given; the file alone when none is found. */
export function placeChart(
  file: string,
  text: string | undefined,
  props: Record<string, unknown>,
): ChartPlace {
  if (text === undefined) return { file };
  const parsed = parseMdx(text);
  if ("failure" in parsed) return { file };
  const charts: JsxNode[] = [];
  collect(parsed.tree as unknown as JsxNode, charts);
  // Attributes written as `{…}` are not strings in the tree; the ones that are must all agree.
  const match = charts.find((node) =>
    (node.attributes ?? []).every(
      (a) =>
        a.type !== "mdxJsxAttribute" ||
        typeof a.value !== "string" ||
        props[a.name ?? ""] === a.value,
    ),
  );
  const start = match?.position?.start;
  return start ? { file, line: start.line, column: start.column } : { file };
}

function collect(node: JsxNode, out: JsxNode[]): void {
  if (
    (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") &&
    node.name === CHART
  )
    out.push(node);
  for (const child of node.children ?? []) collect(child, out);
}
