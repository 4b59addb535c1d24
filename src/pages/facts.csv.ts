/** dist/facts.csv: the rows of facts.json as RFC 4180 CSV. */
import type { APIRoute } from "astro";
import { siteData } from "../site/data.ts";
import { factRows, toCsv } from "../site/exports.ts";

export const GET: APIRoute = async () =>
  new Response(toCsv(factRows(await siteData())), {
    headers: { "content-type": "text/csv; charset=utf-8; header=present" },
  });
