/** The engine's results for the pages, with the look-ups pages need. */
import type { CheckResult, FactResult } from "../facts/index.ts";
import { rememberedCheck } from "../integration/project-cache.ts";
import { pageHref, passageId } from "./links.ts";

/** The checked project: the build's one result (under `astro dev`, checked again after a page changes). */
export function project(): Promise<CheckResult> {
  // Set by the integration to Astro's root (which `astro build --root` may move).
  const root = (import.meta.env.FACTS_ROOT as string | undefined) ?? process.cwd();
  return rememberedCheck(root);
}

const byId = new WeakMap<CheckResult, Map<string, FactResult[]>>();

/** The engine's result for one callout, found by the id the remark plugin gave it. */
export async function factById(
  id: string,
  source: string,
  quote: string,
): Promise<FactResult | undefined> {
  const result = await project();
  let index = byId.get(result);
  if (!index) {
    index = new Map();
    for (const f of result.facts) index.set(f.id, [...(index.get(f.id) ?? []), f]);
    byId.set(result, index);
  }
  return index
    .get(id)
    ?.find((f) => f.fact.attributes.source === source && f.fact.attributes.quote === quote);
}

/** The cited passages of one source, by block anchor: `[start, end)` ranges in the block's text. */
export function citedPassages(
  result: CheckResult,
  sourceId: string,
): Map<string, { start: number; end: number }[]> {
  const byBlock = new Map<string, { start: number; end: number }[]>();
  for (const f of result.facts) {
    const p = f.location?.passage;
    if (!p || f.source?.id !== sourceId) continue;
    byBlock.set(p.anchor, [...(byBlock.get(p.anchor) ?? []), { start: p.start, end: p.end }]);
  }
  return byBlock;
}

/** A callout that cites a passage, as its backlink shows it. */
export interface Backlink {
  /** `page#factId`: the callout itself. */
  href: string;
  page: string;
  figure: string;
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
  result: CheckResult,
  sourceId: string,
  titles: ReadonlyMap<string, string>,
): Map<string, CitedPassage[]> {
  const byBlock = new Map<string, Map<string, CitedPassage>>();
  for (const f of result.facts) {
    const p = f.location?.passage;
    if (!p || f.source?.id !== sourceId) continue;
    const id = passageId(p.anchor, p.start, p.end);
    const block = byBlock.get(p.anchor) ?? new Map<string, CitedPassage>();
    byBlock.set(p.anchor, block);
    const passage = block.get(id) ?? {
      id,
      start: p.start,
      end: p.end,
      text: p.blockText.block.text.slice(p.start, p.end),
      citedBy: [],
    };
    block.set(id, passage);
    const page = pageHref(f.file);
    passage.citedBy.push({
      href: `${page}#${f.id}`,
      page: titles.get(f.file) ?? page,
      figure: f.fact.text,
    });
  }
  return new Map(
    [...byBlock].map(([anchor, ps]) => [
      anchor,
      [...ps.values()].sort((a, b) => a.start - b.start || b.end - a.end),
    ]),
  );
}
