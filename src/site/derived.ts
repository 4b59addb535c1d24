/** The engine's results for `<Derived>` figures, with the look-ups the component needs. */
import type { CheckResult, DerivedInput, DerivedResult } from "../facts/index.ts";
import { project } from "./data.ts";
import { pageHref } from "./links.ts";

/** The result for a `<Derived>` on the page at `pathname`: by its explicit id, else by its formula and rounding. */
export async function derivedOnPage(pathname: string, formula: string, round: string | undefined, id: string | undefined): Promise<DerivedResult | undefined> {
  return findDerived(await project(), pathname, formula, round, id);
}

/** Pure look-up, for tests. Two figures on a page with one formula and rounding are one computation: the note is the same. */
export function findDerived(result: CheckResult, pathname: string, formula: string, round: string | undefined, id: string | undefined): DerivedResult | undefined {
  const page = trimSlash(pathname);
  return result.derived.find((d) => trimSlash(pageHref(d.file)) === page && (id !== undefined ? d.derived.attributes.id === id : d.derived.attributes.formula === formula && d.derived.attributes.round === round));
}

/** The link to an input's callout: `page#id`. */
export function inputHref(input: DerivedInput): string | null {
  return input.fact ? `${pageHref(input.fact.file)}#${input.fact.id}` : null;
}

function trimSlash(path: string): string {
  return path.replace(/\/+$/, "") || "/";
}
