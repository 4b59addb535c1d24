/**
 * Share pages: one for each figure and its evidence, `/facts/<share>/`, listing every callout
 * that shows it. Their addresses are the engine's (`links/addresses.ts`), so that the link check
 * knows them too.
 */
import { pageSlug, shareIds } from "../facts/links/addresses.ts";
import type { FactData } from "./site-data.ts";

export { pageSlug, shareIds };

/** A share page: one figure from its evidence, and every callout on the site that shows it. */
export interface SharePage {
  share: string;
  /** The callouts, in site order; the first is the one a citation names. */
  uses: FactData[];
}

/** Every share page of the site. */
export function sharePages(facts: readonly FactData[]): SharePage[] {
  const pages = new Map<string, FactData[]>();
  for (const f of facts) pages.set(f.share, [...(pages.get(f.share) ?? []), f]);
  return [...pages].map(([share, uses]) => ({ share, uses }));
}
