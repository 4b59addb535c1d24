/** The raw file, byte for byte, as the source's own address. */
import type { APIRoute } from "astro";
import { project } from "../../../site/data.ts";

export async function getStaticPaths() {
  const { sources } = await project();
  return [...sources.values()].map((source) => ({ params: { id: source.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const source = (await project()).sources.get(params.id as string);
  if (!source?.files.raw) return new Response(null, { status: 404 });
  // A copy typed as ArrayBuffer-backed, which is what Response accepts.
  return new Response(new Uint8Array(source.files.raw), {
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
};
