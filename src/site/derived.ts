/** The engine's results for `<Derived>` figures, with the look-ups the component needs. */
import type { CheckResult, DerivedInput, DerivedResult } from "../facts/index.ts";
import { project } from "./data.ts";
import { pageHref } from "./links.ts";

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
): Promise<DerivedResult | undefined> {
  return findDerived(await project(), pathname, props, figureHtml);
}

/**
 * By its explicit id; else by formula and rounding and, among several such on a page (one
 * computation shown two ways), by the figure's text, so that each gets its own element ids.
 */
export function findDerived(
  result: CheckResult,
  pathname: string,
  { formula, round, id }: DerivedProps,
  figureHtml: string,
): DerivedResult | undefined {
  const page = trimSlash(pathname);
  const here = result.derived.filter((d) => trimSlash(pageHref(d.file)) === page);
  if (id !== undefined) return here.find((d) => d.derived.attributes.id === id);
  const same = here.filter(
    (d) => d.derived.attributes.formula === formula && d.derived.attributes.round === round,
  );
  const text = textOf(figureHtml);
  // The figure readers get is the one the engine checked, or none.
  return same.find((d) => d.derived.text.trim() === text);
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

/** The link to an input's callout: `page#id`. */
export function inputHref(input: DerivedInput): string | null {
  return input.fact ? `${pageHref(input.fact.file)}#${input.fact.id}` : null;
}

function trimSlash(path: string): string {
  return path.replace(/\/+$/, "") || "/";
}
