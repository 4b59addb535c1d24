/** dist/facts.json: every figure, for re-use; its shape is published at /facts.schema.json. */
import type { APIRoute } from "astro";
import { siteData } from "../site/data.ts";
import { factEntries } from "../site/facts-export.ts";

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(factEntries(await siteData()), null, 2)}\n`, {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
