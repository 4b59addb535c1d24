/** The data of `<Derived>` figures, with the look-ups the component needs. */
import type { DerivedData, SiteData } from "./site-data.ts";
import { siteData } from "./data.ts";

export interface DerivedProps {
  formula: string;
  round?: string | undefined;
  id?: string | undefined;
}

/** The result for a `<Derived>` on the page at `pathname`, whose figure renders as `figureHtml`. */
export async function derivedOnPage(
  pathname: string,
  props: DerivedProps,
  figureHtml: string,
): Promise<DerivedData | undefined> {
  return findDerived(await siteData(), pathname, props, figureHtml);
}

/**
 * By its explicit id; else by formula and rounding and, among several such on a page (one
 * computation shown two ways), by the figure's text, so that each gets its own element ids.
 */
export function findDerived(
  data: SiteData,
  pathname: string,
  { formula, round, id }: DerivedProps,
  figureHtml: string,
): DerivedData | undefined {
  const page = trimSlash(pathname);
  const here = data.derived.filter((d) => trimSlash(d.page) === page);
  if (id !== undefined) return here.find((d) => d.explicitId === id);
  const same = here.filter((d) => d.formula === formula && d.round === (round ?? null));
  const text = textOf(figureHtml);
  // The figure readers get is the one the engine checked, or none.
  return same.find((d) => d.text.trim() === text);
}

/** The text of rendered inline HTML: tags dropped, the entities Astro escapes decoded. */
function textOf(html: string): string {
  const entities: Record<string, string> = {
    amp: "&",
    lt: "<",
    gt: ">",
    quot: '"',
    "#39": "'",
    "#x27": "'",
  };
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => entities[e] ?? "")
    .trim();
}

function trimSlash(path: string): string {
  return path.replace(/\/+$/, "") || "/";
}
