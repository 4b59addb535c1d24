/**
 * Draws a chart's marks as a static SVG with Observable Plot on a server-side
 * DOM: one labelled bar per mark, each bar a link to its callout. The output
 * holds no script, no `<style>` and no `style=` (the site's CSP forbids inline
 * styles); colours come from src/styles/charts.css.
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { ChartData, ChartMark } from "../facts/charts/marks.ts";
import { sanitizeSvg } from "./sanitize.ts";

/**
 * Layout in SVG units. The viewBox is as wide as a 320 px phone's text column, so that
 * text drawn at 14 units is never smaller than the page's small text (0.85rem) when the
 * SVG scales to that column; charts.css caps how wide it grows.
 */
export const LAYOUT = {
  width: 288,
  fontSize: 14,
  row: 52,
  labelLine: 22,
  bar: 22,
  gap: 6,
} as const;
// Plot draws no numeric axis: readers see only the checked figures, next to their bars.
const CHAR_WIDTH = 0.62 * LAYOUT.fontSize;

/** The chart's SVG; `id` must be unique on the page (it names the title and description). */
export function renderChartSvg(data: ChartData, id: string): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const rows = data.marks.map((m) => ({ ...m, name: accessibleName(m) }));
  const svg = Plot.plot({
    document,
    width: LAYOUT.width,
    height: rows.length * LAYOUT.row,
    margin: 0,
    x: { axis: null, domain: [0, domainMax(data.marks)] },
    y: { axis: null, domain: rows.map((r) => r.label), padding: 0 },
    marks: [
      Plot.barX(rows, {
        x: "value",
        y: "label",
        href: "href",
        ariaLabel: "name",
        insetTop: LAYOUT.labelLine,
        insetBottom: LAYOUT.row - LAYOUT.labelLine - LAYOUT.bar,
        className: "chart-bars",
      }),
      // The label on the line above its bar; the value just past the bar's end.
      Plot.text(rows, {
        y: "label",
        text: "label",
        frameAnchor: "left",
        textAnchor: "start",
        dy: LAYOUT.labelLine / 2 - LAYOUT.row / 2,
        className: "chart-labels",
      }),
      Plot.text(rows, {
        x: "value",
        y: "label",
        text: "text",
        textAnchor: "start",
        dx: LAYOUT.gap,
        dy: LAYOUT.labelLine + LAYOUT.bar / 2 - LAYOUT.row / 2,
        className: "chart-values",
      }),
    ],
  }) as unknown as Element;
  sanitizeSvg(svg, { id, title: data.title, description: describe(data) });
  return svg.outerHTML;
}

/** What a screen reader says for a bar, and what its link is called. */
export function accessibleName(mark: ChartMark): string {
  return `${mark.label}: ${mark.text}`;
}

/** The author's description, then the values in words a screen reader can read without the table. */
function describe(data: ChartData): string {
  const values = data.marks.map((m) => `${m.label}, ${m.text}`).join("; ");
  return `${data.description} Values: ${values}.`;
}

/** Room past the longest bar for every value's text: the x domain is stretched so that each text fits. */
function domainMax(marks: ChartMark[]): number {
  let max = 0;
  for (const m of marks) {
    const room = Math.max(
      LAYOUT.width * 0.25,
      LAYOUT.width - LAYOUT.gap * 2 - m.text.length * CHAR_WIDTH,
    );
    max = Math.max(max, (m.value * LAYOUT.width) / room);
  }
  return max > 0 ? max : 1;
}
