/** Addresses of sources and passages, in one place (the engine's, which the link check uses). */
export { pageHref, passageId, sourceHref } from "../facts/links/addresses.ts";

/** "15 July 2017" or "undated". */
export function displayDate(iso: string | null): string {
  if (!iso) return "undated";
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}
