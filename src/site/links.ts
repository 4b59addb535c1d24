/** Addresses of sources and passages, in one place. */

export function sourceHref(sourceId: string): string {
  return `/sources/${sourceId}/`;
}

/** The id of a cited passage's highlight on its source page. */
export function passageId(anchor: string, start: number, end: number): string {
  return `q-${anchor}-${start}-${end}`;
}

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

/** The URL path of a content page from its file: content/index.mdx is "/", content/talent.mdx is "/talent/". */
export function pageHref(file: string, contentDir = "content"): string {
  const slug = file
    .replace(new RegExp(`^${contentDir}/`), "")
    .replace(/\.mdx$/, "")
    .replace(/(^|\/)index$/, "");
  return slug === "" ? "/" : `/${slug}/`;
}
