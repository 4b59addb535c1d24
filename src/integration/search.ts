/**
 * Search: after `astro build`, Pagefind indexes the built pages into `dist/pagefind/`, which the
 * search box (src/components/Search.astro) loads on first use.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { AstroError } from "astro/errors";
import * as pagefind from "pagefind";

/** Pages not worth finding: the 404 page says nothing. */
const SKIPPED = new Set(["404.html"]);

/** The URL path of a built HTML file: "sources/x/index.html" is "/sources/x/". */
export function urlOf(rel: string): string {
  return `/${rel.split(sep).join("/")}`.replace(/(^|\/)index\.html$/, "$1");
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .sort();
}

/**
 * Indexes every built page but the 404, reading only `<main>` so that the header, navigation and
 * footer are not found on every page.
 */
export async function indexSite(dist: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({
    rootSelector: "main",
    forceLanguage: "en",
  });
  if (!index) throw new AstroError(`Pagefind could not start: ${errors.join("; ")}`);
  let pages = 0;
  try {
    for (const rel of htmlFiles(dist)) {
      if (SKIPPED.has(rel)) continue;
      const added = await index.addHTMLFile({
        url: urlOf(relative(dist, join(dist, rel))),
        content: readFileSync(join(dist, rel), "utf8"),
      });
      if (added.errors.length)
        throw new AstroError(`Pagefind could not index ${rel}: ${added.errors.join("; ")}`);
      pages += 1;
    }
    const written = await index.writeFiles({ outputPath: join(dist, "pagefind") });
    if (written.errors.length)
      throw new AstroError(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  } finally {
    await pagefind.close();
  }
  return pages;
}

export function search(): AstroIntegration {
  return {
    name: "dalian-search",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`Pagefind indexed ${pages} pages.`);
      },
    },
  };
}
