/**
 * Linked data, shaped from the engine's results: W3C Web Annotations for annotations.jsonld, and
 * schema.org JSON-LD for a content page (facts.json and facts.csv are facts-export.ts's).
 * Pure: no Astro, no files; the endpoints and components in src/pages and src/components call it.
 */
import type { SourceMeta } from "../facts/index.ts";
import { sourceById, type FactData, type SiteData } from "./site-data.ts";
import { passageId, sourceHref } from "./links.ts";

/** Context kept around an annotation's exact text: enough to tell repeated phrases apart. */
const CONTEXT = 32;

/**
 * The edition's own words around a passage, never cut inside a word, and at least as long as the
 * fact's own prefix or suffix (written in folded form), so the selector pins what the fact pinned.
 */
export function quoteContext(
  text: string,
  start: number,
  end: number,
  given: { prefix?: string | undefined; suffix?: string | undefined } = {},
) {
  const before = Math.max(CONTEXT, (given.prefix?.length ?? 0) + 8);
  const after = Math.max(CONTEXT, (given.suffix?.length ?? 0) + 8);
  let from = Math.max(0, start - before);
  while (from > 0 && !/\s/.test(text[from - 1] as string)) from -= 1;
  let to = Math.min(text.length, end + after);
  while (to < text.length && !/\s/.test(text[to] as string)) to += 1;
  return {
    prefix: text.slice(from, start),
    exact: text.slice(start, end),
    suffix: text.slice(end, to),
  };
}

function absolute(path: string, site: URL): string {
  return new URL(path, site).href;
}

/**
 * Every fact as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/), in one
 * AnnotationCollection: the body is the callout on our page, the target the cited passage on the
 * source's page here (the sources have no known address of their own), re-anchored by its text.
 */
export function annotationCollection(data: SiteData, site: URL) {
  const self = absolute("/annotations.jsonld", site);
  const items = data.facts.map((f) => {
    const passage = f.passage;
    const page = f.page;
    const block = sourceById(data, f.source).blocks.find((b) => b.anchor === passage.anchor);
    const { prefix, exact, suffix } = quoteContext(block?.text ?? "", passage.start, passage.end, {
      prefix: f.prefix ?? undefined,
      suffix: f.suffix ?? undefined,
    });
    return {
      id: `${self}#${page.replace(/^\/|\/$/g, "")}${page === "/" ? "" : "/"}${f.id}`,
      type: "Annotation",
      motivation: "linking",
      body: [
        {
          type: "SpecificResource",
          source: absolute(page, site),
          selector: {
            type: "FragmentSelector",
            conformsTo: "http://tools.ietf.org/rfc/rfc3986",
            value: f.id,
          },
        },
        {
          type: "TextualBody",
          value: f.text,
          format: "text/plain",
          language: "en",
          purpose: "describing",
        },
      ],
      target: {
        source: absolute(sourceHref(f.source), site),
        selector: [
          { type: "TextQuoteSelector", exact, prefix, suffix },
          {
            type: "FragmentSelector",
            conformsTo: "http://tools.ietf.org/rfc/rfc3986",
            value: passageId(passage.anchor, passage.start, passage.end),
          },
        ],
      },
    };
  });
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: self,
    type: "AnnotationCollection",
    label:
      "Every figure of the Dalian software fact sheet, with the passage of its source that it cites",
    total: items.length,
    first: { id: `${self}#page1`, type: "AnnotationPage", startIndex: 0, items },
  };
}

/** A source as a schema.org CreativeWork: only what its metadata states (a missing author or date stays missing). */
function creativeWork(meta: SourceMeta) {
  return {
    "@type": "CreativeWork",
    name: meta.title,
    ...(meta.author ? { author: meta.author } : {}),
    ...(meta.publisher.name ? { publisher: meta.publisher.name } : {}),
    ...(meta.published ? { datePublished: meta.published } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    inLanguage: meta.language,
  };
}

/**
 * schema.org JSON-LD for a content page: the article and, under `citation`, each source it quotes.
 * The quotes themselves are in the page (each callout's note is a `<q>` with its `<cite>`) and,
 * for machines, in facts.json and annotations.jsonld: repeating every one here cost the largest
 * page a sixth of its weight budget.
 */
export function articleJsonLd(
  page: { title: string; description?: string | undefined; path: string },
  data: SiteData,
  facts: readonly FactData[],
  site: URL,
) {
  const sources = new Map<string, ReturnType<typeof creativeWork> & { "@id": string }>();
  for (const f of facts) {
    const id = absolute(sourceHref(f.source), site);
    if (!sources.has(id))
      sources.set(id, { "@id": id, ...creativeWork(sourceById(data, f.source).meta) });
  }
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: page.title,
    ...(page.description ? { description: page.description } : {}),
    url: absolute(page.path, site),
    inLanguage: "en",
    citation: [...sources.values()],
  };
}

/** JSON for inside a `<script>` element: `<` escaped, so `</script>` or `<!--` in the data cannot end or change it. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
