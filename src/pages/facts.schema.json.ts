/** dist/facts.schema.json: the JSON Schema of facts.json, from the schema the site writes it by. */
import type { APIRoute } from "astro";
import { factsJsonSchema } from "../site/schemas/facts-export.ts";

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error("facts.schema.json needs its absolute URL: set `site` (SITE_URL)");
  const schema = factsJsonSchema(new URL("/facts.schema.json", site).href);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { "content-type": "application/schema+json; charset=utf-8" },
  });
};
