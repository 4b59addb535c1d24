/** /card.png: the site's share card, for pages without a figure of their own. */
import type { APIRoute } from "astro";
import { cardPng } from "../site/card-render.ts";
import { siteCard } from "../site/share-card.ts";

export const GET: APIRoute = () =>
  new Response(new Uint8Array(cardPng(siteCard())), { headers: { "content-type": "image/png" } });
