/** Charts drawn from checked facts: read a `<Chart>`'s attributes, resolve its marks, render SVG and table. */
import { readSpec } from "../facts/charts/spec.ts";
import { resolveMarks, type FactIndex } from "../facts/charts/marks.ts";
import { renderChartSvg } from "./render-svg.ts";
import { renderChartTable } from "./render-table.ts";
import { ChartError, type ChartPlace } from "./error.ts";

export { CHART_ATTRIBUTES, MAX_LABEL, readSpec } from "../facts/charts/spec.ts";
export type { ChartSpec } from "../facts/charts/spec.ts";
export { resolveMarks } from "../facts/charts/marks.ts";
export type { ChartData, ChartMark, FactIndex } from "../facts/charts/marks.ts";
export { renderChartSvg, accessibleName, LAYOUT } from "./render-svg.ts";
export { renderChartTable } from "./render-table.ts";
export { ChartError } from "./error.ts";
export { placeChart, CHART } from "./place.ts";
export type { ChartPlace } from "./error.ts";

export interface RenderedChart {
  id: string;
  /** Words the contributor wrote, checked to hold no number, for a visible caption. */
  title: string;
  description: string;
  svg: string;
  table: string;
}

/** Builds one chart, or throws a `ChartError` naming the page, the place and every problem. */
export function buildChart(
  attributes: Record<string, unknown>,
  index: FactIndex,
  place: ChartPlace,
): RenderedChart {
  // 1. Read the attributes as the contributor wrote them.
  const read = readSpec(attributes);
  if ("problem" in read) throw new ChartError(place, [read.problem]);
  // 2. Resolve each mark to the one checked number of its fact.
  const resolved = resolveMarks(read.spec, index);
  if ("problems" in resolved) throw new ChartError(place, resolved.problems);
  // 3. Draw it, and give its data as a table.
  const id = chartId(read.spec.title, place);
  return {
    id,
    title: read.spec.title,
    description: read.spec.description,
    svg: renderChartSvg(resolved.data, id),
    table: renderChartTable(resolved.data, id),
  };
}

/** Unique on the page: the title's words, and the line the chart starts on when known. */
function chartId(title: string, place: ChartPlace): string {
  const slug = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  return `chart-${slug || "untitled"}${place.line ? `-l${place.line}` : ""}`;
}
