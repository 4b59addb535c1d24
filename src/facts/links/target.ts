/** Where a link of a page leads on the site, read as a browser reads it. */
import { pageHref } from "./addresses.ts";
import { contentDirOf } from "./routes.ts";

export interface LinkTarget {
  /** The URL path, as the site's addresses are written (`/talent/`, `/facts.json`). */
  path: string;
  /** The fragment without `#`, or null. */
  id: string | null;
}

const SITE = "http://site.invalid";

/** The page and fragment `url` leads to from the page `from`, or null for another site or scheme. */
export function linkTarget(url: string, from: string): LinkTarget | null {
  let parsed: URL;
  try {
    parsed = new URL(url, `${SITE}${pageHref(from, contentDirOf(from))}`);
  } catch {
    return null;
  }
  if (parsed.origin !== SITE) return null;
  return {
    path: asRoute(decode(parsed.pathname)),
    id: parsed.hash.length > 1 ? decode(parsed.hash.slice(1)) : null,
  };
}

/** `/talent` and `/talent/index.html` are `/talent/`, as a static host serves them. */
function asRoute(path: string): string {
  const dir = path.replace(/(^|\/)index\.html$/, "$1");
  const last = dir.slice(dir.lastIndexOf("/") + 1);
  return last === "" || last.includes(".") ? dir : `${dir}/`;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
