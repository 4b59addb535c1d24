/**
 * Highlights the whole of the targeted passage. Passages may cross, so one passage can span
 * several marks; CSS cannot match a mark to the `:target` by name, hence one rule per passage.
 * A stylesheet of our own origin keeps the Content-Security-Policy free of inline styles.
 */
import type { APIRoute } from "astro";
import { citedPassages, siteData } from "../../../site/data.ts";
import { passageId } from "../../../site/links.ts";

export async function getStaticPaths() {
  const { sources } = await siteData();
  return sources.map((source) => ({ params: { id: source.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const byBlock = citedPassages(await siteData(), params.id as string);
  const ids = new Set(
    [...byBlock].flatMap(([anchor, ranges]) =>
      ranges.map((r) => passageId(anchor, r.start, r.end)),
    ),
  );
  const rules = [...ids].map((id) => `:root:has(#${id}:target) .${id}`);
  const css = rules.length
    ? `${rules.join(",\n")} {\n  background: var(--hit);\n  box-shadow: 0 0 0 2px var(--accent);\n}\n`
    : "";
  return new Response(css, { headers: { "content-type": "text/css; charset=utf-8" } });
};
