/**
 * Every address the site publishes, and the ids of each page's elements that a link's `#…` may
 * name, as the build makes them: content pages (headings, callouts, derived figures), each
 * source's page (its blocks' anchors, its cited passages, its corrections), the lists of a much
 * cited passage's uses, raw text (one id per line) and files, each figure's share page and card,
 * and the method pages. `tests/site-dist.test.ts` compares this with the build.
 */
import { CODE_DOCS } from "../docs/codes.ts";
import type { PageResult } from "../checks/types.ts";
import type { Source } from "../sources/model.ts";
import {
  citedHref,
  handful,
  pageHref,
  passageId,
  shareHref,
  shareIds,
  sourceHref,
} from "./addresses.ts";

export interface Route {
  /**
   * The ids a `#…` may name on this page, or null when the check does not know them (a file that
   * is not a page, a page that does not parse).
   */
  ids: ReadonlySet<string> | null;
  /** What those ids are, for messages: "a heading or callout id of content/talent.mdx". */
  idsAre: string;
}

/** The site's addresses (URL paths, as `/talent/` or `/facts.json`) and what each holds. */
export type Routes = ReadonlyMap<string, Route>;

/** Ids every page has: the skip link's target and the search box. */
const EVERY_PAGE = ["main", "site-search-input"];

/** The pages of `src/pages/` that no content page or source makes. */
const FIXED_PAGES = ["/sources/", "/method/"];
/** Pages whose ids the check does not know: the corrections log's page, made from its entries. */
const OPAQUE_PAGES = ["/corrections/"];
const FIXED_FILES = [
  "/facts.json",
  "/facts.csv",
  "/facts.schema.json",
  "/annotations.jsonld",
  "/sitemap-index.xml",
  "/card.png",
  "/favicon.svg",
  "/favicon.ico",
  "/theme.js",
];

/** Every address of the site built from these pages and sources. */
export function siteRoutes(
  pageFiles: readonly string[],
  pages: readonly PageResult[],
  sources: ReadonlyMap<string, Source>,
): Routes {
  const routes = new Map<string, Route>();
  const page = (ids: Iterable<string>, idsAre: string): Route => ({
    ids: new Set([...EVERY_PAGE, ...ids]),
    idsAre,
  });
  for (const path of FIXED_PAGES) routes.set(path, page([], "an id of the page"));
  for (const code of Object.keys(CODE_DOCS))
    routes.set(`/method/${code}/`, page([], "an id of the page"));
  for (const path of [...FIXED_FILES, ...OPAQUE_PAGES]) routes.set(path, { ids: null, idsAre: "" });

  const parsed = new Map(pages.map((p) => [p.file, p]));
  for (const file of pageFiles) {
    const result = parsed.get(file);
    const href = pageHref(file, contentDirOf(file));
    if (!result) routes.set(href, { ids: null, idsAre: "" });
    else routes.set(href, page(contentIds(result), `a heading or callout id of ${file}`));
  }

  const cited = citedPassages(pages);
  for (const share of new Set(shareIds(published(pages)).values())) {
    routes.set(shareHref(share), page([], "an id of the page"));
    routes.set(`${shareHref(share)}card.png`, { ids: null, idsAre: "" });
  }
  for (const source of sources.values()) {
    // A source whose metadata does not read has no page (its own finding says why).
    if (!source.meta) continue;
    const base = sourceHref(source.id);
    const blocks = source.blocks.map((b) => b.anchor);
    routes.set(
      base,
      page(
        [...blocks, "corrections", ...(cited.get(source.id) ?? [])],
        `a block anchor or cited passage of ${source.files.editionPath}`,
      ),
    );
    const lines = source.raw.split("\n").map((_, k) => `L${k + 1}`);
    routes.set(`${base}raw/`, page(lines, `a line of ${source.files.rawPath} (\`L12\`)`));
    routes.set(`${base}raw.txt`, { ids: null, idsAre: "" });
    routes.set(`${base}passages.css`, { ids: null, idsAre: "" });
    // A passage cited more often than its line on the source page lists has a page of its uses.
    const uses = Map.groupBy(cited.get(source.id) ?? [], (id) => id);
    const most = handful([...uses.values()].map((u) => u.length));
    for (const [id, all] of uses)
      if (all.length > most) routes.set(citedHref(source.id, id), page([], "an id of the page"));
  }
  return routes;
}

/** The callouts the site publishes (a quote found once, in a source with metadata), as shared. */
function published(pages: readonly PageResult[]) {
  return pages.flatMap(({ file, facts }) =>
    facts.flatMap((f) => {
      const source = f.source?.meta ? f.source.id : null;
      if (!f.location?.passage || source === null) return [];
      const { quote = "", prefix = null, suffix = null } = f.fact.attributes;
      return [
        {
          id: f.id,
          page: pageHref(file, contentDirOf(file)),
          source,
          quote,
          prefix,
          suffix,
          text: f.fact.text,
          round: f.round,
        },
      ];
    }),
  );
}

/** The content folder a page lies in (`content` for `content/talent.mdx`). */
export function contentDirOf(file: string): string {
  return file.slice(0, Math.max(0, file.indexOf("/")));
}

function contentIds({ extracted, facts, derived }: PageResult): string[] {
  return [
    ...extracted.headings.map((h) => h.id),
    ...facts.map((f) => f.id),
    ...derived.map((d) => d.id),
  ];
}

/** The ids of every cited passage's highlight, by source. */
function citedPassages(pages: readonly PageResult[]): Map<string, string[]> {
  const bySource = new Map<string, string[]>();
  for (const { facts } of pages) {
    for (const { source, location } of facts) {
      const p = location?.passage;
      if (!source || !p) continue;
      const ids = bySource.get(source.id) ?? [];
      if (ids.length === 0) bySource.set(source.id, ids);
      ids.push(passageId(p.anchor, p.start, p.end));
    }
  }
  return bySource;
}
