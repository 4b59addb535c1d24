/**
 * Completes the highlight of a targeted passage that another passage cuts into pieces: its first
 * piece is the `:target` (edition.css highlights it), the others carry its id as a class, and CSS
 * cannot match a class to the target by name, hence one rule per such passage. A stylesheet of our
 * own origin keeps the Content-Security-Policy free of inline styles.
 */
import type { APIRoute } from "astro";
import { citedPassages, siteData, sourceById } from "../../../site/data.ts";
import { passageId } from "../../../site/links.ts";
import { crossing, nest } from "../../../site/passages.ts";

export async function getStaticPaths() {
  const { sources } = await siteData();
  return sources.map((source) => ({ params: { id: source.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const data = await siteData();
  const texts = new Map(
    sourceById(data, params.id as string).blocks.map((b) => [b.anchor, b.text]),
  );
  const ids = [...citedPassages(data, params.id as string)].flatMap(([anchor, ranges]) =>
    crossing(
      nest(
        texts.get(anchor) ?? "",
        ranges.map((r) => ({ ...r, id: passageId(anchor, r.start, r.end) })),
      ),
    ),
  );
  const rules = [...new Set(ids)].map((id) => `:root:has(#${id}:target) :is(.${id}, .${id} mark)`);
  const css = rules.length ? `${rules.join(",\n")} {\n  background: var(--hit);\n}\n` : "";
  return new Response(css, { headers: { "content-type": "text/css; charset=utf-8" } });
};
