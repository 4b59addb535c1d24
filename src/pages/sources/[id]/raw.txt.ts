/** The raw file, byte for byte, as the source's own address. */
import type { APIRoute } from "astro";
import { siteData, sourceById } from "../../../site/data.ts";

export async function getStaticPaths() {
  const { sources } = await siteData();
  return sources.map((source) => ({ params: { id: source.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const source = sourceById(await siteData(), params.id as string);
  return new Response(Buffer.from(source.rawBase64, "base64"), {
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
};
