/** dist/annotations.jsonld: every fact as a W3C Web Annotation of its source's passage. */
import type { APIRoute } from "astro";
import { siteData } from "../site/data.ts";
import { annotationCollection } from "../site/exports.ts";

export const GET: APIRoute = async ({ site }) => {
  if (!site)
    throw new Error(
      "annotations.jsonld needs absolute URLs: set `site` in astro.config.mjs (SITE_URL)",
    );
  const body = annotationCollection(await siteData(), site);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { "content-type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
};
