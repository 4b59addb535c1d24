/** The data of a `<Chart>`: the chart the check accepted for these attributes on this page. */
import { renderChart, type RenderedChart } from "../charts/index.ts";
import { siteData } from "./data.ts";

/** Draws the chart a page at `pathname` shows with these attributes; throws if it has none. */
export async function chartFor(
  pathname: string,
  props: Record<string, unknown>,
): Promise<RenderedChart> {
  const page = pathname.endsWith("/") ? pathname : `${pathname}/`;
  const entry = (await siteData()).charts.find(
    (c) =>
      c.page === page &&
      Object.entries(c.attributes).every(([name, value]) => props[name] === value),
  );
  if (!entry)
    throw new Error(
      `\`<Chart>\` on ${pathname} is not one the facts check accepted; ` +
        "`npm run check` says where and why",
    );
  return renderChart(entry.data, entry.line);
}
