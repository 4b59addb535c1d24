/**
 * "Edit this page" links: only where the build is told the repository's address, as
 * `EDIT_URL=https://github.com/<owner>/<repo>/edit/main/ npm run build` (the address under which a
 * project file's path opens it for editing). None is assumed: without it, pages have no edit link.
 */

/** The edit address of a project file (`content/talent.mdx`), or null when none is configured. */
export function editHref(file: string, base = process.env.EDIT_URL): string | null {
  if (!base) return null;
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new Error(`EDIT_URL \`${base}\` is not an address: expected https://…/edit/<branch>/`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`EDIT_URL \`${base}\` is not an http(s) address`);
  return new URL(file, url.href.endsWith("/") ? url.href : `${url.href}/`).href;
}
