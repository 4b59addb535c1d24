/** /favicon.svg: the site's mark, three bars of a chart on the site's blue. */
import type { APIRoute } from "astro";

const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1b5aa3"/><path fill="#fff" d="M7 24h4v-8H7zm7 0h4V10h-4zm7 0h4V6h-4z"/></svg>\n`;

export const GET: APIRoute = () =>
  new Response(ICON, { headers: { "content-type": "image/svg+xml" } });
