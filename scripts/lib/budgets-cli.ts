/** `npm run budgets`: prints every built page's budgets, and exits 1 when one is broken. */
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { pageHref } from "../../src/site/links.ts";
import type { Io } from "./check-cli.ts";
import { CONTENT_AIM, PAGE_BUDGET, kb, measureDist, type PageBudget } from "./budgets.ts";

const USAGE = `Usage: npm run budgets -- [--dist dist] [--content content]
Run after \`npm run build\`. Prints for every page of dist its HTML, CSS and JS bytes (uncompressed;
fonts, images and the search index aside), requests to other hosts, and whether it has a strict CSP.
Every page may weigh 60 kB; content pages aim at 40 kB.
Exit 0 within budget, 1 when a budget is broken, 2 when it cannot run.
`;

/** The content pages' URL paths, from the MDX files under `content/`. */
export function contentPaths(root: string, contentDir: string): Set<string> {
  const dir = join(root, contentDir);
  if (!existsSync(dir)) return new Set();
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) =>
    f.endsWith(".mdx"),
  );
  return new Set(
    files.map((f) => pageHref(`${contentDir}/${f.split("\\").join("/")}`, contentDir)),
  );
}

export function formatTable(pages: readonly PageBudget[]): string {
  const rows = pages.map((p) => [
    p.path,
    kb(p.html),
    kb(p.css),
    kb(p.js),
    kb(p.total),
    p.content ? `${kb(CONTENT_AIM)} aim` : "-",
    String(p.foreign.length),
    p.csp.strict ? "strict" : "NOT STRICT",
    p.broken.length ? "BROKEN" : "ok",
  ]);
  const head = ["page", "HTML", "CSS", "JS", "total", "content", "other hosts", "CSP", ""];
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (r[i] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)))
      .join("  ")
      .trimEnd();
  return [line(head), ...rows.map(line)].join("\n");
}

export async function main(argv: string[], io: Io): Promise<number> {
  let values: { dist?: string; content?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        dist: { type: "string" },
        content: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const dist = join(io.cwd, values.dist ?? "dist");
  if (!existsSync(join(dist, "index.html"))) {
    io.stderr(
      `No built site at ${relative(io.cwd, dist) || "."}/index.html: run \`npm run build\` first.\n`,
    );
    return 2;
  }
  const pages = measureDist(dist, {
    contentPaths: contentPaths(io.cwd, values.content ?? "content"),
  });
  io.stdout(`${formatTable(pages)}\n\n`);
  const broken = pages.filter((p) => p.broken.length);
  for (const p of broken) for (const why of p.broken) io.stdout(`${p.path}: ${why}\n`);
  const content = pages.filter((p) => p.content);
  const largest = (ps: readonly PageBudget[]) =>
    ps.reduce<PageBudget | null>((a, p) => (a && a.total >= p.total ? a : p), null);
  const page = largest(pages);
  const over = content.filter((p) => p.total > CONTENT_AIM).length;
  const verdict =
    broken.length === 0
      ? "every budget kept"
      : `${broken.length} ${broken.length === 1 ? "page breaks" : "pages break"} a budget`;
  io.stdout(
    `${pages.length} pages, largest ${page ? `${page.path} ${kb(page.total)}` : "none"} of ` +
      `${kb(PAGE_BUDGET)}; ${content.length} content pages, largest ` +
      `${kb(largest(content)?.total ?? 0)}, ${over} over the ${kb(CONTENT_AIM)} aim; ${verdict}.\n`,
  );
  return broken.length ? 1 : 0;
}
