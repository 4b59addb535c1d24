/**
 * The address of each fact's share page, `/facts/<share>/`. A callout's id is unique on its page,
 * not across the site: the same figure of the same passage (a date quoted on several pages, say)
 * has the same derived id everywhere, and then it is one fact with one share page that lists
 * every use. Where one id names different figures on different pages, each is qualified by its
 * page (`talent--fact-1a2b3c4d`), so that no share page stands for two figures.
 */
import type { FactData } from "./site-data.ts";

/** What makes two callouts the same figure from the same evidence. */
function evidence(f: FactData): string {
  return JSON.stringify([f.source, f.quote, f.prefix, f.suffix, f.text, f.round]);
}

/** `talent` for `/talent/`, `index` for the home page, `a-b` for `/a/b/`. */
export function pageSlug(page: string): string {
  const slug = page.replace(/^\/|\/$/g, "").replaceAll("/", "-");
  return slug === "" ? "index" : slug;
}

/** The share id of every fact. */
export function shareIds(facts: readonly FactData[]): Map<FactData, string> {
  const byId = new Map<string, FactData[]>();
  for (const f of facts) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
  const out = new Map<FactData, string>();
  for (const [id, group] of byId) {
    const same = new Set(group.map(evidence)).size === 1;
    for (const f of group) out.set(f, same ? id : `${pageSlug(f.page)}--${id}`);
  }
  // Ids hold no `--` of their own only by habit: make sure a qualified id never meets a plain one.
  const seen = new Map<string, string>();
  for (const [f, share] of out) {
    const other = seen.get(share);
    if (other !== undefined && other !== evidence(f))
      throw new Error(
        `Two different facts would share the page /facts/${share}/: rename the callout \`${f.id}\` on ${f.page}`,
      );
    seen.set(share, evidence(f));
  }
  return out;
}

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
