/** Charts drawn from checked facts: render a chart the engine resolved as SVG and a table. */
import type { ChartData } from "../facts/charts/marks.ts";
import { renderChartSvg } from "./render-svg.ts";
import { renderChartTable } from "./render-table.ts";

export { CHART_ATTRIBUTES, MAX_LABEL, readSpec } from "../facts/charts/spec.ts";
export type { ChartSpec } from "../facts/charts/spec.ts";
export { resolveMarks } from "../facts/charts/marks.ts";
export type { ChartData, ChartMark, FactIndex } from "../facts/charts/marks.ts";
export { renderChartSvg, accessibleName, LAYOUT } from "./render-svg.ts";
export { renderChartTable } from "./render-table.ts";

export interface RenderedChart {
  id: string;
  /** Words the contributor wrote, checked to hold no number, for a visible caption. */
  title: string;
  description: string;
  svg: string;
  table: string;
}

/** Draws a chart whose marks the check resolved; `line` is where the chart starts in its page. */
export function renderChart(data: ChartData, line: number): RenderedChart {
  const id = chartId(data.title, line);
  return {
    id,
    title: data.title,
    description: data.description,
    svg: renderChartSvg(data, id),
    table: renderChartTable(data, id),
  };
}

/** Unique on the page: the title's words, and the line the chart starts on. */
function chartId(title: string, line: number): string {
  const slug = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  return `chart-${slug || "untitled"}-l${line}`;
}
