/** dist/facts.json: every fact, for re-use. */
import type { APIRoute } from "astro";
import { project } from "../site/data.ts";
import { factRows } from "../site/exports.ts";

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(factRows(await project()), null, 2)}\n`, {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
