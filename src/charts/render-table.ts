/** The chart's data as an HTML table beside it: each value links to the callout it comes from. */
import type { ChartData } from "../facts/charts/marks.ts";

/** The table's HTML; `id` is the chart's, so that the two can refer to each other. */
export function renderChartTable(data: ChartData, id: string): string {
  const rows = data.marks
    .map(
      (m) =>
        `<tr><th scope="row">${escapeHtml(m.label)}</th><td><a ` +
        `href="${escapeHtml(m.href)}">${escapeHtml(m.text)}</a></td></tr>`,
    )
    .join("");
  return (
    `<table class="chart-table" id="${escapeHtml(id)}-data">` +
    `<caption>${escapeHtml(data.title)}: the data</caption>` +
    `<thead><tr><th scope="col">Item</th><th scope="col">Figure (links to its callout)</th></tr></thead>` +
    `<tbody>${rows}</tbody></table>`
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
