/**
 * The site's budgets, measured on a built `dist/`: bytes of HTML, CSS and JS per page
 * (uncompressed, the same-origin files the page loads; fonts, images and the search index aside),
 * requests to other hosts, and whether the page carries a strict Content-Security-Policy. Figures,
 * not timings.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";

/** Every page's budget: HTML, CSS and JS together. kB as in SI: 1,000 bytes. */
export const PAGE_BUDGET = 60_000;
/** What a content page aims at, well inside the budget; reported, not enforced. */
export const CONTENT_AIM = 40_000;

/** An origin no real page has, to tell same-origin addresses from other hosts. */
const HERE = "http://site.invalid";
const FONT = /\.(woff2?|ttf|otf|eot)$/i;
/** Pagefind's bundle: loaded on first use of the search box, and not part of a page's weight. */
const SEARCH_INDEX = /^\/pagefind\//;

export interface PageBudget {
  /** "/", "/sources/x/" */
  path: string;
  /** A content page (from content/): it aims at CONTENT_AIM. */
  content: boolean;
  /** Bytes of the HTML file, less its inline styles and scripts. */
  html: number;
  /** Bytes of inline styles and same-origin stylesheets. */
  css: number;
  /** Bytes of inline scripts and same-origin modules (with their static imports). */
  js: number;
  total: number;
  /** Same-origin files the page loads (CSS and JS, with their static imports). */
  files: string[];
  /** Addresses on another host that the page would request. */
  foreign: string[];
  /** Same-origin files the page refers to that are not in dist. */
  missing: string[];
  csp: { present: boolean; strict: boolean; why: string | null };
  /** Each budget the page breaks, in words. */
  broken: string[];
}

export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => f.split("\\").join("/"))
    .sort();
}

export function pathOf(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, "$1");
}

/**
 * The CSP of a `<meta http-equiv>`, judged: present, with a script policy, and no 'unsafe-inline'.
 */
export function judgeCsp(policy: string | null): PageBudget["csp"] {
  if (policy === null) return { present: false, strict: false, why: "no Content-Security-Policy" };
  const directives = new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [(name as string).toLowerCase(), values]),
  );
  const script = directives.get("script-src") ?? directives.get("default-src");
  if (!script) return { present: true, strict: false, why: "no script-src or default-src" };
  const loose = [...directives]
    .filter(([, values]) => values.includes("'unsafe-inline'"))
    .map(([name]) => name);
  if (loose.length)
    return { present: true, strict: false, why: `'unsafe-inline' in ${loose.join(", ")}` };
  if (script.includes("*") || script.includes("'unsafe-eval'"))
    return { present: true, strict: false, why: "script-src allows any host or eval" };
  return { present: true, strict: true, why: null };
}

/**
 * Static imports of a built module (`import … from "x"`, `import "x"`, `export … from "x"`);
 * `import()` loads on demand and is left out.
 */
function staticImports(js: string): string[] {
  return [
    ...js.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["'`]([^"'`]+)["'`]/g),
  ].map((m) => m[1] as string);
}

function cssUrls(css: string): string[] {
  return [
    ...css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)|url\(\s*["']?([^"')]+)["']?\s*\)/g),
  ].map((m) => (m[1] ?? m[2]) as string);
}

/** Resource addresses an HTML page loads (navigation links aside). */
function resources(document: Document): { url: string; kind: "css" | "js" | "other" }[] {
  const out: { url: string; kind: "css" | "js" | "other" }[] = [];
  for (const link of document.querySelectorAll("link[href]")) {
    const rel = (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    const as = (link.getAttribute("as") ?? "").toLowerCase();
    const url = link.getAttribute("href") as string;
    if (rel.includes("stylesheet") || (rel.includes("preload") && as === "style"))
      out.push({ url, kind: "css" });
    else if (rel.includes("modulepreload") || (rel.includes("preload") && as === "script"))
      out.push({ url, kind: "js" });
    else if (!rel.includes("canonical") && !rel.includes("alternate") && !rel.includes("sitemap"))
      out.push({ url, kind: "other" });
  }
  for (const el of document.querySelectorAll("script[src]"))
    out.push({ url: el.getAttribute("src") as string, kind: "js" });
  for (const el of document.querySelectorAll(
    "img[src], iframe[src], source[src], video[src], audio[src], track[src], embed[src], input[src]",
  )) {
    out.push({ url: el.getAttribute("src") as string, kind: "other" });
  }
  for (const el of document.querySelectorAll("video[poster]"))
    out.push({ url: el.getAttribute("poster") as string, kind: "other" });
  for (const el of document.querySelectorAll("object[data]"))
    out.push({ url: el.getAttribute("data") as string, kind: "other" });
  for (const el of document.querySelectorAll("[srcset]")) {
    for (const candidate of (el.getAttribute("srcset") as string).split(",")) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) out.push({ url, kind: "other" });
    }
  }
  for (const el of document.querySelectorAll("style"))
    for (const url of cssUrls(el.textContent ?? "")) out.push({ url, kind: "other" });
  for (const el of document.querySelectorAll("[style]"))
    for (const url of cssUrls(el.getAttribute("style") ?? "")) out.push({ url, kind: "other" });
  return out;
}

export interface MeasureOptions {
  /** URL paths of the content pages ("/", "/talent/"). */
  contentPaths: ReadonlySet<string>;
  budget?: number;
}

/** Every HTML page of `dist`, weighed and judged against the budgets. */
export function measureDist(
  dist: string,
  { contentPaths, budget = PAGE_BUDGET }: MeasureOptions,
): PageBudget[] {
  const sizes = new Map<string, number>();
  const size = (local: string) => {
    if (!sizes.has(local)) {
      const file = join(dist, decodeURIComponent(local));
      sizes.set(local, existsSync(file) && statSync(file).isFile() ? statSync(file).size : -1);
    }
    return sizes.get(local) as number;
  };
  return htmlFiles(dist).map((file) => {
    const path = pathOf(file);
    const html = readFileSync(join(dist, file), "utf8");
    const { document } = parseHTML(html) as unknown as { document: Document };
    const counted = new Map<string, "css" | "js">();
    const foreign = new Set<string>();
    const missing = new Set<string>();
    const queue = resources(document).map((r) => ({ ...r, base: `${HERE}${path}` }));
    while (queue.length) {
      const { url, kind, base } = queue.shift() as (typeof queue)[number];
      if (/^(data|blob|about):/i.test(url.trim())) continue;
      let resolved: URL;
      try {
        resolved = new URL(url.trim(), base);
      } catch {
        continue;
      }
      if (resolved.origin !== HERE) {
        foreign.add(url);
        continue;
      }
      const local = resolved.pathname;
      if (kind === "other" || FONT.test(local) || SEARCH_INDEX.test(local) || counted.has(local))
        continue;
      if (size(local) < 0) {
        missing.add(local);
        continue;
      }
      counted.set(local, kind);
      // A module's static imports and a stylesheet's imports load with it.
      const text = readFileSync(join(dist, decodeURIComponent(local)), "utf8");
      const more =
        kind === "js"
          ? staticImports(text).map((u) => ({ url: u, kind }))
          : cssUrls(text).map((u) => ({
              url: u,
              kind: /\.css(\?|$)/.test(u) ? kind : ("other" as const),
            }));
      for (const m of more) queue.push({ ...m, base: resolved.href });
    }
    const sum = (k: "css" | "js") =>
      [...counted].filter(([, kind]) => kind === k).reduce((n, [local]) => n + size(local), 0);
    // Inline styles and scripts are weighed as CSS and JS; the rest of the file as HTML.
    const inline = (selector: string) =>
      [...document.querySelectorAll(selector)].reduce(
        (n, el) => n + Buffer.byteLength(el.textContent ?? ""),
        0,
      );
    const inlineCss = inline("style");
    const inlineJs = inline(
      'script:not([src]):not([type="application/ld+json"]):not([type="application/json"])',
    );
    const htmlBytes = Buffer.byteLength(html) - inlineCss - inlineJs;
    const css = sum("css") + inlineCss;
    const js = sum("js") + inlineJs;
    const total = htmlBytes + css + js;
    const csp = judgeCsp(
      document
        .querySelector('meta[http-equiv="content-security-policy" i]')
        ?.getAttribute("content") ?? null,
    );
    const content = contentPaths.has(path);
    const broken: string[] = [];
    if (total > budget)
      broken.push(`${kb(total)} of HTML, CSS and JS is over the ${kb(budget)} budget for a page`);
    if (foreign.size) broken.push(`requests another host: ${[...foreign].join(", ")}`);
    if (!csp.strict) broken.push(`no strict Content-Security-Policy: ${csp.why}`);
    if (missing.size) broken.push(`refers to files missing from dist: ${[...missing].join(", ")}`);
    return {
      path,
      content,
      html: htmlBytes,
      css,
      js,
      total,
      files: [...counted.keys()],
      foreign: [...foreign],
      missing: [...missing],
      csp,
      broken,
    };
  });
}

export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
