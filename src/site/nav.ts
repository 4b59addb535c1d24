/** The content pages in navigation order, with their addresses and titles. */
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
