/** The engine's results for a `<Chart>`: which page it is on, where, and the facts it may draw. */
import { buildChart, placeChart, type RenderedChart } from "../charts/index.ts";
import { project } from "./data.ts";
import { pageHref } from "./links.ts";

/**
 * Builds the chart a page at `pathname` shows with these attributes; throws, naming the page and
 * line, if it cannot.
 */
export async function chartFor(
  pathname: string,
  props: Record<string, unknown>,
): Promise<RenderedChart> {
  const result = await project();
  const wanted = pathname.endsWith("/") ? pathname : `${pathname}/`;
  const page = result.pages.find((p) => pageHref(p.file) === wanted);
  if (!page)
    throw new Error(
      `\`<Chart>\` on ${pathname} is on no checked page of content/, expected a chart in an MDX page`,
    );
  const place = placeChart(page.file, result.report.texts.get(page.file), props);
  return buildChart(props, { file: page.file, facts: result.facts, pageHref }, place);
}
