/** dist/facts.json: every fact, for re-use. */
import type { APIRoute } from "astro";
import { siteData } from "../site/data.ts";
import { factRows } from "../site/exports.ts";

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(factRows(await siteData()), null, 2)}\n`, {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
