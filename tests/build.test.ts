/** The real `astro build`: it publishes checked callouts, and refuses to publish a wrong figure. */
import { describe, expect, inject, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { astroEnv, copyProject } from "./helpers/project-copy.ts";

const ASTRO = join(process.cwd(), "node_modules/astro/bin/astro.mjs");

function build(root: string) {
  const result = spawnSync(process.execPath, [ASTRO, "build", "--root", root], {
    encoding: "utf8",
    env: astroEnv(),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe("astro build", () => {
  const site = inject("site");

  it("builds the real content", () => {
    expect(site.status, site.output).toBe(0);
    expect(site.output).toMatch(/\d+ facts on 11 pages against 2 sources, no findings/);
  });

  it("checks the project once, before any page is built, and says what it took", () => {
    const lines = site.output.split("\n");
    const took = lines.findIndex((l) =>
      /The facts check took \d+\.\d\d s: \d+ facts on 11 pages against 2 sources, no findings\./.test(
        l,
      ),
    );
    expect(took, site.output).toBeGreaterThanOrEqual(0);
    expect(lines.filter((l) => l.includes("The facts check took"))).toHaveLength(1);
    const firstPage = lines.findIndex((l) => /\/index\.html \(\+\d+ms\)/.test(l));
    expect(firstPage).toBeGreaterThan(took);
  });

  it("emits every callout with a link to a passage that exists, highlighted, on its source page", () => {
    const html = readFileSync(join(site.root, "dist/index.html"), "utf8");
    const links = [
      ...html.matchAll(/<span class="fact[^"]*" id="[^"]+"><a href="([^"#]+)#([^"]+)"/g),
    ];
    expect(links.length).toBeGreaterThanOrEqual(20);
    for (const [, path, id] of links) {
      const target = join(site.root, "dist", path!, "index.html");
      expect(existsSync(target), path).toBe(true);
      expect(readFileSync(target, "utf8"), `${path}#${id}`).toMatch(new RegExp(`<mark id="${id}"`));
    }
  });

  it("gives each callout its id, so that page#id lands on it", () => {
    const html = readFileSync(join(site.root, "dist/index.html"), "utf8");
    const ids = [...html.matchAll(/<span class="fact[^"]*" id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(20);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has a method page for every finding code, with its examples shown as text", () => {
    for (const code of ["number-not-in-quote", "quote-ambiguous", "source-hash-mismatch"]) {
      const html = readFileSync(join(site.root, `dist/method/${code}/index.html`), "utf8");
      expect(html).toContain(`<code>${code}</code>`);
    }
    const example = readFileSync(
      join(site.root, "dist/method/number-not-in-quote/index.html"),
      "utf8",
    );
    expect(example).toContain("&lt;Fact source=");
    expect(example).not.toContain("<Fact source=");
  });

  it("tells readers when a figure is rounded, and from what", () => {
    const html = readFileSync(join(site.root, "dist/index.html"), "utf8");
    const note = /<li id="glance-offshore-n" popover>.*?<\/li>/s.exec(html);
    expect(note?.[0]).toContain("<b>US$1.8 billion</b> (rounded from US$1.79 billion)");
    expect(html.match(/\(rounded from /g)).toHaveLength(1);
  });

  it("publishes a callout inside an opt-out as checked, with its id and its link, and refuses it when wrong", () => {
    const copy = copyProject();
    try {
      const callout = /<Fact id="glance-offshore-growth"[^>]*>41%<\/Fact>/.exec(
        copy.read("content/index.mdx"),
      )![0];
      const wrap = (fact: string) =>
        copy
          .read("content/index.mdx")
          .replace(
            callout,
            `<NotAClaim why="a test: the opt-out exempts prose, not callouts">growth of ${fact}</NotAClaim>`,
          );
      copy.write("content/index.mdx", wrap(callout));
      const built = build(copy.root);
      expect(built.status, built.output).toBe(0);
      const html = readFileSync(join(copy.root, "dist/index.html"), "utf8");
      expect(html).toMatch(
        /<span class="fact" id="glance-offshore-growth"><a href="\/sources\/great-leap-forward\/#q-[^"]+">41%<\/a>/,
      );

      copy.write("content/index.mdx", wrap(callout.replace(">41%<", ">14%<")));
      const failed = build(copy.root);
      expect(failed.status).not.toBe(0);
      expect(failed.output).toContain("Unexpected figure `14%`");
    } finally {
      copy.remove();
    }
  });

  it("fails on a wrong figure, naming file, line, column and code", () => {
    const broken = copyProject();
    try {
      const page = broken.read("content/index.mdx").replace(">41%</Fact>", ">14%</Fact>");
      broken.write("content/index.mdx", page);
      const failed = build(broken.root);
      expect(failed.status).not.toBe(0);
      const line = page.split("\n").findIndex((l) => l.includes(">14%</Fact>")) + 1;
      expect(failed.output).toMatch(
        new RegExp(`content/index.mdx\\n\\s+${line}:\\d+\\s+error\\s+Unexpected figure \`14%\``),
      );
      expect(failed.output).toContain("number-not-in-quote");
      expect(failed.output).toContain("nothing is published until they are fixed");
      expect(existsSync(join(broken.root, "dist/index.html"))).toBe(false);
    } finally {
      broken.remove();
    }
  });
});
