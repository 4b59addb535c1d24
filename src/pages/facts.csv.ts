/** dist/facts.csv: facts.json as RFC 4180 CSV, one row per number of a figure. */
import type { APIRoute } from "astro";
import { siteData } from "../site/data.ts";
import { csvRows, factEntries, toCsv } from "../site/facts-export.ts";

export const GET: APIRoute = async () =>
  new Response(toCsv(csvRows(factEntries(await siteData()))), {
    headers: { "content-type": "text/csv; charset=utf-8; header=present" },
  });
