/**
 * The budgets script (scripts/lib/budgets.ts) on a small fixture dist that breaks each budget, on
 * the real build, and on the real site with its content copied twenty times.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentPaths, main } from "../scripts/lib/budgets-cli.ts";
import { PAGE_BUDGET, judgeCsp, kb, measureDist, type PageBudget } from "../scripts/lib/budgets.ts";
import { builtSite } from "./helpers/built-site.ts";
import { astroEnv, copyProject } from "./helpers/project-copy.ts";

const STRICT = "script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def='";
const page = (
  body: string,
  { csp = STRICT, head = "" }: { csp?: string | null; head?: string } = {},
) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
  (csp === null ? "" : `<meta http-equiv="content-security-policy" content="${csp}">`) +
  `${head}<title>t</title></head><body>${body}</body></html>`;

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const CSS = "a{color:red}".padEnd(1000, " ");
const MODULE =
  `import{x}from"./chunk.js";document.body.dataset.x=x;` +
  `document.querySelector("input").onfocus=()=>import("/pagefind/pagefind.js");`;
const CHUNK = "export const x=1;".padEnd(500, " ");

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "budgets-"));
  write("content/index.mdx", "");
  write("content/big.mdx", "");
  write("dist/_astro/site.css", CSS);
  write("dist/_astro/page.js", MODULE);
  write("dist/_astro/chunk.js", CHUNK);
  write("dist/fonts/serif.woff2", "x".repeat(50_000));
  write("dist/pagefind/pagefind.js", "x".repeat(50_000));
  write(
    "dist/index.html",
    page(
      `<p>Hello</p><style>p{margin:0}</style><script>console.log(1)</script><script ` +
        `type="application/ld+json">{"a":1}</script>`,
      {
        head:
          `<link rel="stylesheet" href="/_astro/site.css"><link rel="preload" as="font" ` +
          `href="/fonts/serif.woff2" crossorigin><script type="module" ` +
          `src="/_astro/page.js"></script><link rel="canonical" ` +
          `href="https://example.com/">`,
      },
    ),
  );
  write("dist/big/index.html", page(`<p>${"word ".repeat(13_000)}</p>`));
  write("dist/sources/long/index.html", page(`<p>${"word ".repeat(13_000)}</p>`));
  write(
    "dist/foreign/index.html",
    page(
      `<script src="https://cdn.example.com/x.js"></script><img ` +
        `src="//img.example.org/a.png" alt=""><a href="https://example.net/">a link is ` +
        `no request</a>`,
    ),
  );
  write("dist/no-csp/index.html", page("<p>x</p>", { csp: null }));
  write(
    "dist/loose/index.html",
    page("<p>x</p>", { csp: "script-src 'self'; style-src 'self' 'unsafe-inline'" }),
  );
  write("dist/missing/index.html", page(`<link rel="stylesheet" href="/_astro/gone.css">`));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const measured = () =>
  new Map(
    measureDist(join(root, "dist"), { contentPaths: new Set(["/", "/big/"]) }).map((p) => [
      p.path,
      p,
    ]),
  );
const at = (path: string) => measured().get(path) as PageBudget;

describe("measureDist", () => {
  it(
    "weighs a page's HTML, and its CSS and JS inline or same-origin with static " +
      "imports, leaving out fonts and the search index",
    () => {
      const home = at("/");
      expect(home.css).toBe(CSS.length + "p{margin:0}".length);
      expect(home.js).toBe(MODULE.length + CHUNK.length + "console.log(1)".length);
      expect(home.total).toBe(home.html + home.css + home.js);
      expect(home.files.toSorted()).toEqual([
        "/_astro/chunk.js",
        "/_astro/page.js",
        "/_astro/site.css",
      ]);
      expect(home.foreign).toEqual([]);
      expect(home.broken).toEqual([]);
    },
  );

  it("holds every page to 60 kB, a source's page as a content page", () => {
    for (const path of ["/big/", "/sources/long/"]) {
      expect(at(path).total).toBeGreaterThan(60_000);
      expect(at(path).broken).toEqual([
        expect.stringMatching(/over the 60\.0 kB budget for a page/),
      ]);
    }
    expect(at("/big/").content).toBe(true);
    expect(at("/sources/long/").content).toBe(false);
  });

  it("reports every request to another host, and not a link", () => {
    expect(at("/foreign/").foreign.toSorted()).toEqual([
      "//img.example.org/a.png",
      "https://cdn.example.com/x.js",
    ]);
    expect(at("/foreign/").broken).toEqual([expect.stringMatching(/^requests another host/)]);
  });

  it("requires a strict CSP on every page", () => {
    expect(at("/no-csp/").broken).toEqual([
      "no strict Content-Security-Policy: no Content-Security-Policy",
    ]);
    expect(at("/loose/").broken).toEqual([
      "no strict Content-Security-Policy: 'unsafe-inline' in style-src",
    ]);
  });

  it("reports a file the page needs that is not in dist", () => {
    expect(at("/missing/").missing).toEqual(["/_astro/gone.css"]);
  });
});

describe("judgeCsp", () => {
  it("wants a script policy without 'unsafe-inline', 'unsafe-eval' or a wildcard", () => {
    expect(judgeCsp(STRICT).strict).toBe(true);
    expect(judgeCsp("default-src 'self'").strict).toBe(true);
    expect(judgeCsp("style-src 'self'").strict).toBe(false);
    expect(judgeCsp("script-src 'self' 'unsafe-inline'").strict).toBe(false);
    expect(judgeCsp("script-src *").strict).toBe(false);
    expect(judgeCsp("script-src 'self' 'unsafe-eval'").strict).toBe(false);
    expect(judgeCsp("script-src 'self' 'wasm-unsafe-eval'").strict).toBe(true);
  });
});

function run(cwd: string, argv: string[] = []) {
  let out = "";
  let err = "";
  const code = main(argv, {
    cwd,
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stdin: async () => "",
  });
  return code.then((status) => ({ status, out, err }));
}

describe("npm run budgets", () => {
  it("prints every page's figures and each broken budget, and exits 1", async () => {
    const { status, out } = await run(root);
    expect(status).toBe(1);
    for (const path of [
      "/",
      "/big/",
      "/sources/long/",
      "/foreign/",
      "/no-csp/",
      "/loose/",
      "/missing/",
    ])
      expect(out).toMatch(new RegExp(`^${path} `, "m"));
    expect(out).toMatch(/^\/big\/: .*over the 60\.0 kB budget/m);
    expect(out).toMatch(/^\/sources\/long\/: .*over the 60\.0 kB budget/m);
    expect(out).toMatch(/^\/foreign\/: requests another host: /m);
    expect(out).toMatch(/^\/no-csp\/: no strict Content-Security-Policy/m);
    expect(out).toMatch(/6 pages break a budget\.$/m);
  });

  it("exits 2 and says to build first when there is no dist", async () => {
    const { status, err } = await run(root, ["--dist", "nowhere"]);
    expect(status).toBe(2);
    expect(err).toContain("npm run build");
  });

  it("finds the real site within every budget", async () => {
    const { status, out } = await run(builtSite().root);
    expect(out).toMatch(/every budget kept\.$/m);
    expect(status).toBe(0);
  });
});

describe("the real site at twenty times today's content", () => {
  it(
    "keeps every page within 60 kB, the feature's source page included",
    () => {
      // The ten topic pages copied twenty times, each copy a folder of the menu: 211 content pages
      // and about 5,000 figures, every passage of the sources cited twenty times more.
      const copy = copyProject();
      try {
        const topics = readdirSync(join(copy.root, "content")).filter(
          (f) => f.endsWith(".mdx") && f !== "index.mdx",
        );
        for (let k = 1; k <= 20; k++) {
          const folder = `content/copy-${String(k).padStart(2, "0")}`;
          mkdirSync(join(copy.root, folder));
          for (const topic of topics)
            copy.write(`${folder}/${topic}`, copy.read(`content/${topic}`));
        }
        const astro = join(process.cwd(), "node_modules/astro/bin/astro.mjs");
        const built = spawnSync(process.execPath, [astro, "build", "--root", copy.root], {
          encoding: "utf8",
          env: astroEnv(),
        });
        expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0);
        const content = contentPaths(copy.root, "content");
        expect(content.size).toBe(1 + 21 * topics.length);
        const pages = measureDist(join(copy.root, "dist"), { contentPaths: content });
        const feature = pages.find((p) => p.path === "/sources/great-leap-forward/")!;
        const largest = pages.reduce((a, p) => (a.total >= p.total ? a : p));
        console.log(
          `20× content: ${pages.length} pages, ${content.size} content pages; the feature's ` +
            `source page ${kb(feature.total)}; largest ${largest.path} ${kb(largest.total)}`,
        );
        expect(pages.filter((p) => p.total > PAGE_BUDGET).map((p) => p.path)).toEqual([]);
        expect(pages.flatMap((p) => p.broken.map((b) => `${p.path}: ${b}`))).toEqual([]);
      } finally {
        copy.remove();
      }
    },
    // One build of about 700 pages: about a minute on two cores.
    600_000,
  );
});
