/** The corrections log as the site shows it: by page, in the navigation's order, newest first. */
import { getCollection } from "astro:content";
import type { Correction } from "../facts/schemas/correction.ts";
import { contentPages, type NavPage } from "./nav.ts";

/** A corrected page and its corrections, newest first. */
export interface CorrectedPage {
  page: NavPage;
  /** The page's section of /corrections/, which its note links to. */
  anchor: string;
  corrections: Correction[];
}

let built: Promise<CorrectedPage[]> | null = null;

/** Every corrected page, in the navigation's order. */
export function correctedPages(): Promise<CorrectedPage[]> {
  // Once per build: every page asks, and Astro warns at each read of an empty collection. Under
  // `astro dev` the log may change between requests, so it is read each time.
  if (import.meta.env.DEV) return readCorrectedPages();
  return (built ??= readCorrectedPages());
}

async function readCorrectedPages(): Promise<CorrectedPage[]> {
  const [entries, pages] = await Promise.all([getCollection("corrections"), contentPages()]);
  return pages.flatMap((page) => {
    const corrections = entries
      .map((e) => e.data)
      .filter((c) => c.page === page.file)
      // Newest first; on one day, by id, since the collection does not keep the log's order.
      .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
    return corrections.length === 0 ? [] : [{ page, anchor: anchorOf(page), corrections }];
  });
}

/** The corrections of one page (its file, `content/talent.mdx`), or null when it has none. */
export async function correctionsOf(file: string): Promise<CorrectedPage | null> {
  return (await correctedPages()).find((p) => p.page.file === file) ?? null;
}

function anchorOf(page: NavPage): string {
  const slug = page.href.replace(/^\/|\/$/g, "");
  return `page-${slug === "" ? "index" : slug.replaceAll("/", "-")}`;
}
