/** The pages' data (see site-data.ts), with the look-ups pages need. */
import { sourceById, type FactData, type SiteData, type SourceData } from "./site-data.ts";
import { pageHref, passageId } from "./links.ts";
import { HANDFUL, citedHref, handful } from "../facts/links/addresses.ts";

export { sourceById };
export type { FactData, SiteData, SourceData };

/**
 * The checked project's data. Imported afresh on each call: under `astro dev` the integration
 * replaces the module whenever a page or a source changes.
 */
export async function siteData(): Promise<SiteData> {
  return (await import("virtual:dalian-facts/data")).default;
}

/** The engine's result for one callout, found by the id the remark plugin gave it. */
export async function factById(
  pathname: string,
  id: string,
  source: string,
): Promise<FactData | undefined> {
  const page = pathname.endsWith("/") ? pathname : `${pathname}/`;
  return (await siteData()).facts.find(
    (f) => f.id === id && f.page === page && f.source === source,
  );
}

/** The cited passages of one source, by block anchor: `[start, end)` ranges in the block's text. */
export function citedPassages(
  data: SiteData,
  sourceId: string,
): Map<string, { start: number; end: number }[]> {
  const byBlock = new Map<string, { start: number; end: number }[]>();
  for (const { passage: p, source } of data.facts) {
    if (source !== sourceId) continue;
    byBlock.set(p.anchor, [...(byBlock.get(p.anchor) ?? []), { start: p.start, end: p.end }]);
  }
  return byBlock;
}

/** A callout that cites a passage, as its backlink shows it. */
export interface Backlink {
  /** `page#factId`: the callout itself. */
  href: string;
  /** The page's title. */
  page: string;
  figure: string;
}

/**
 * A source page lists a passage's uses, each a back-reference, up to this many; past it, the line
 * links to the passage's own list of uses, so that no passage grows its source's page without
 * bound.
 */
export { HANDFUL, citedHref };

/** How many uses a line of this source's page lists before it links to the passage's list. */
export function handfulFor(passages: Iterable<readonly CitedPassage[]>): number {
  return handful([...passages].flat().map((p) => p.citedBy.length));
}

/** One cited passage of a source and the callouts that cite it. */
export interface CitedPassage {
  id: string;
  start: number;
  end: number;
  text: string;
  citedBy: Backlink[];
}

/**
 * The cited passages of one source, by block anchor, in reading order, each with its backlinks.
 * `titles` maps a content file (`content/index.mdx`) to its page's title.
 */
export function passagesBySource(
  data: SiteData,
  sourceId: string,
  titles: ReadonlyMap<string, string>,
): Map<string, CitedPassage[]> {
  const blocks = new Map(sourceById(data, sourceId).blocks.map((b) => [b.anchor, b.text]));
  const byBlock = new Map<string, Map<string, CitedPassage>>();
  for (const f of data.facts) {
    const p = f.passage;
    if (f.source !== sourceId) continue;
    const id = passageId(p.anchor, p.start, p.end);
    const block = byBlock.get(p.anchor) ?? new Map<string, CitedPassage>();
    byBlock.set(p.anchor, block);
    const passage = block.get(id) ?? {
      id,
      start: p.start,
      end: p.end,
      text: (blocks.get(p.anchor) ?? "").slice(p.start, p.end),
      citedBy: [],
    };
    block.set(id, passage);
    const page = pageHref(f.file);
    passage.citedBy.push({
      href: `${page}#${f.id}`,
      page: titles.get(f.file) ?? page,
      figure: f.text,
    });
  }
  return new Map(
    [...byBlock].map(([anchor, ps]) => [
      anchor,
      [...ps.values()].sort((a, b) => a.start - b.start || b.end - a.end),
    ]),
  );
}
