/**
 * The site's addresses, in one place: the pages publish them and the link check knows them by the
 * same functions.
 */

/** The address of a source's page. */
export function sourceHref(sourceId: string): string {
  return `/sources/${sourceId}/`;
}

/** The id of a cited passage's highlight on its source page. */
export function passageId(anchor: string, start: number, end: number): string {
  return `q-${anchor}-${start}-${end}`;
}

/**
 * The URL path of a content page from its file: content/index.mdx is "/", content/talent.mdx is
 * "/talent/".
 */
export function pageHref(file: string, contentDir = "content"): string {
  const slug = file
    .replace(new RegExp(`^${contentDir}/`), "")
    .replace(/\.mdx$/, "")
    .replace(/(^|\/)index$/, "");
  return slug === "" ? "/" : `/${slug}/`;
}

/** The page that lists every use of a passage of a source. */
export function citedHref(sourceId: string, passage: string): string {
  return `${sourceHref(sourceId)}cited/${passage}/`;
}

/** A source page's line lists at most this many uses of a passage before linking to their list. */
export const HANDFUL = 5;

/**
 * At most this many back-references on one source's page: where a source's passages are cited
 * more often, each line lists fewer uses (`handful`), down to one link per passage.
 */
export const MAX_BACKLINKS = 200;

/** How many uses a line of a source's page lists, given each of its passages' number of uses. */
export function handful(uses: readonly number[]): number {
  for (let k = HANDFUL; k > 0; k--) {
    const links = uses.reduce((n, u) => n + (u <= k ? u : 1), 0);
    if (links <= MAX_BACKLINKS) return k;
  }
  return 0;
}

/** What a share page stands for: one figure from its evidence. */
export interface Shareable {
  id: string;
  /** The URL path of the page that shows it. */
  page: string;
  source: string;
  quote: string;
  prefix: string | null;
  suffix: string | null;
  text: string;
  round: number | null;
}

/** `talent` for `/talent/`, `index` for the home page, `a-b` for `/a/b/`. */
export function pageSlug(page: string): string {
  const slug = page.replace(/^\/|\/$/g, "").replaceAll("/", "-");
  return slug === "" ? "index" : slug;
}

/** What makes two callouts the same figure from the same evidence. */
function evidence(f: Shareable): string {
  return JSON.stringify([f.source, f.quote, f.prefix, f.suffix, f.text, f.round]);
}

/**
 * The address of each fact's share page, `/facts/<share>/`. A callout's id is unique on its page,
 * not across the site: the same figure of the same passage (a date quoted on several pages, say)
 * has the same derived id everywhere, and then it is one fact with one share page that lists
 * every use. Where one id names different figures on different pages, each is qualified by its
 * page (`talent--fact-1a2b3c4d`), so that no share page stands for two figures.
 */
export function shareIds<T extends Shareable>(facts: readonly T[]): Map<T, string> {
  const byId = new Map<string, T[]>();
  for (const f of facts) {
    const group = byId.get(f.id);
    if (group) group.push(f);
    else byId.set(f.id, [f]);
  }
  const out = new Map<T, string>();
  for (const [id, group] of byId) {
    const same = new Set(group.map(evidence)).size === 1;
    for (const f of group) out.set(f, same ? id : `${pageSlug(f.page)}--${id}`);
  }
  // Two figures may still meet (one id twice on a page, which the check refuses; or a qualified id
  // that a plain one spells): number the later ones, so that no share page stands for two.
  const seen = new Map<string, string>();
  for (const [f, share] of out) {
    let unique = share;
    for (let k = 2; seen.has(unique) && seen.get(unique) !== evidence(f); k++)
      unique = `${share}-${k}`;
    seen.set(unique, evidence(f));
    out.set(f, unique);
  }
  return out;
}

/** The address of a fact's share page. */
export function shareHref(share: string): string {
  return `/facts/${share}/`;
}
