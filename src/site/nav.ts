/** The content pages in navigation order, with their addresses and titles, and the menu built on them. */
import { getCollection } from "astro:content";
import { pageHref } from "./links.ts";

export interface NavPage {
  href: string;
  title: string;
  /** The content file, relative to the project root (`content/index.mdx`). */
  file: string;
}

/** Every content page, ordered by its `order` and then its title. */
export async function contentPages(): Promise<NavPage[]> {
  const entries = await getCollection("pages");
  return entries
    .map((e) => ({
      order: e.data.order,
      title: e.data.title,
      file: e.filePath ?? `content/${e.id}.mdx`,
    }))
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title))
    .map(({ title, file }) => ({ href: pageHref(file), title, file }));
}

/** Page titles by content file, for backlinks. */
export async function pageTitles(): Promise<Map<string, string>> {
  return new Map((await contentPages()).map((p) => [p.file, p.title]));
}

/** One link of the menu; a folder's entry lists its pages on the pages inside it. */
export interface NavEntry {
  href: string;
  title: string;
  current: boolean;
  children: NavEntry[];
}

/** `content/a/b.mdx` is in folder `a`; a top-level page is in none. */
function folderOf(file: string): string | null {
  const parts = file.split("/").slice(1, -1);
  return parts.length ? (parts[0] as string) : null;
}

/** "market-data" as "Market data": a folder without an index page is named by its own name. */
function folderTitle(folder: string): string {
  const words = folder.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The menu: each top-level page, then each folder of `content/` as one entry (its index page, or
 * its first page), whose pages are listed only on the pages inside it. A site that grows by
 * folders keeps a menu of the same size on every page.
 */
export function navEntries(pages: readonly NavPage[], here: string): NavEntry[] {
  const out: NavEntry[] = [];
  const folders = new Map<string, NavEntry>();
  for (const page of pages) {
    const folder = folderOf(page.file);
    const entry = { href: page.href, title: page.title, current: page.href === here, children: [] };
    if (folder === null) {
      out.push(entry);
      continue;
    }
    const isIndex = page.file === `content/${folder}/index.mdx`;
    let group = folders.get(folder);
    if (!group) {
      group = { href: page.href, title: folderTitle(folder), current: false, children: [] };
      folders.set(folder, group);
      out.push(group);
    }
    if (isIndex) Object.assign(group, { href: page.href, title: page.title });
    else group.children.push(entry);
  }
  for (const group of folders.values()) {
    const inside = group.href === here || group.children.some((c) => c.current);
    group.current = group.href === here;
    if (!inside) group.children = [];
  }
  return out;
}

/** The pages before and after `here`, in navigation order. */
export function neighbours(
  pages: readonly NavPage[],
  here: string,
): { prev: NavPage | null; next: NavPage | null } {
  const k = pages.findIndex((p) => p.href === here);
  if (k < 0) return { prev: null, next: null };
  return { prev: pages[k - 1] ?? null, next: pages[k + 1] ?? null };
}
