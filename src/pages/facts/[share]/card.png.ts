/** /facts/<share>/card.png: the figure's share card, drawn at build time (1200 × 630 PNG). */
import type { APIRoute } from "astro";
import { cardPng } from "../../../site/card-render.ts";
import { siteData, sourceById } from "../../../site/data.ts";
import { factCard } from "../../../site/share-card.ts";
import { sharePages } from "../../../site/share.ts";

export async function getStaticPaths() {
  const data = await siteData();
  return sharePages(data.facts).map(({ share, uses }) => {
    const fact = uses[0]!;
    return { params: { share }, props: { card: factCard(fact, sourceById(data, fact.source)) } };
  });
}

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(cardPng((props as { card: Parameters<typeof cardPng>[0] }).card)), {
    headers: { "content-type": "image/png" },
  });
