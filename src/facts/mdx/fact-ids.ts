/**
 * The id of each callout of a page: its explicit `id`, or one derived from what it says, so that
 * it stays put when callouts are added around it. A pure function of the page, so that the site
 * gives each `<Fact>` element the same id the check gave its result, from the page alone.
 */
import { createHash } from "node:crypto";
import type { Root } from "mdast";
import { extractPage, factElements, type ExtractedFact } from "./extract.ts";

/** The ids of a page's callouts, in page order. */
export function assignIds(facts: readonly ExtractedFact[]): string[] {
  const seen = new Map<string, number>();
  return facts.map((fact) => {
    const a = fact.attributes;
    if (a.id) return a.id;
    const hash = createHash("sha1")
      .update([a.source, a.quote, a.prefix, a.suffix, fact.text].join("\u0000"))
      .digest("hex");
    const base = `fact-${hash.slice(0, 8)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

/** Each `<Fact>` element of a parsed page with its id; `text` is the page's source. */
export function calloutIds(
  tree: Root,
  text: string,
): { element: ReturnType<typeof factElements>[number]; id: string }[] {
  const elements = factElements(tree);
  const ids = assignIds(extractPage(tree, text).facts);
  // Both walks skip and enter the same elements, so they list the same callouts in the same order.
  if (ids.length !== elements.length)
    throw new Error(
      `found ${elements.length} <Fact> elements but extracted ${ids.length} callouts`,
    );
  return elements.map((element, k) => ({ element, id: ids[k]! }));
}
