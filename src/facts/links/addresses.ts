/**
 * The site's addresses, in one place: the pages publish them and the link check knows them by the
 * same functions.
 */

/** The address of a source's page. */
export function sourceHref(sourceId: string): string {
  return `/sources/${sourceId}/`;
}

/** The id of a cited passage's highlight on its source page. */
export function passageId(anchor: string, start: number, end: number): string {
  return `q-${anchor}-${start}-${end}`;
}

/**
 * The URL path of a content page from its file: content/index.mdx is "/", content/talent.mdx is
 * "/talent/".
 */
export function pageHref(file: string, contentDir = "content"): string {
  const slug = file
    .replace(new RegExp(`^${contentDir}/`), "")
    .replace(/\.mdx$/, "")
    .replace(/(^|\/)index$/, "");
  return slug === "" ? "/" : `/${slug}/`;
}
