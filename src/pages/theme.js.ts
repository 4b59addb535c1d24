/**
 * /theme.js: the reader's theme, applied before the page paints. A classic script in <head>,
 * served from our own origin because the Content-Security-Policy allows no inline script. Without
 * JavaScript the theme control still works on the page it is set on (CSS reads the select); with
 * it, the choice is kept for the next page. Comments and indentation are dropped as it is served.
 */
import type { APIRoute } from "astro";
import script from "../components/theme-init.js?raw";

const served = script
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("//") && !line.startsWith("/*"))
  .join("\n");

export const GET: APIRoute = () =>
  new Response(`${served}\n`, { headers: { "content-type": "text/javascript; charset=utf-8" } });
