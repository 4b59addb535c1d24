/**
 * The real `astro build` with a page of derived figures: it publishes them with their notes, and
 * refuses a wrong one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { astroEnv, copyProject, type ProjectCopy } from "./helpers/project-copy.ts";
import { launchChromium, serveDist } from "./helpers/browser.ts";
import { EXAMPLE, EXAMPLE_PATH } from "./derived-example.ts";

const ASTRO = join(process.cwd(), "node_modules/astro/bin/astro.mjs");

function build(root: string) {
  const result = spawnSync(process.execPath, [ASTRO, "build", "--root", root], {
    encoding: "utf8",
    env: astroEnv(),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * The element of a derived figure in the built page, from its opening tag to the end of its note.
 */
function derivedElement(html: string, figure: string): string {
  const match = new RegExp(
    `<span class="derived" id="[^"]+"[^>]*><span ` +
      `class="derived-figure"[^>]*>${figure.replace(/[$.]/g, "\\$&")}</span>.*?</span></span>`,
    "s",
  ).exec(html);
  if (!match) throw new Error(`no derived figure \`${figure}\` in the page`);
  return match[0];
}

describe("astro build with derived figures", () => {
  let copy: ProjectCopy;
  let built: { status: number | null; output: string };
  let html = "";

  beforeAll(() => {
    copy = copyProject();
    copy.write(EXAMPLE_PATH, EXAMPLE);
    built = build(copy.root);
    if (built.status === 0)
      html = readFileSync(join(copy.root, "dist/derived-example/index.html"), "utf8");
  });
  afterAll(() => copy.remove());

  it("builds a page with the growth multiple and two shares", () => {
    expect(built.status, built.output).toBe(0);
    expect(html.match(/<span class="derived" /g)).toHaveLength(5);
  });

  it("gives one computation shown two ways two elements, each with its own figure, as written (emphasis kept)", () => {
    const ids = [...html.matchAll(/<span class="derived" id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(5);
    expect(derivedElement(html, "24 per cent")).toContain(
      'id="derived-dlsp-exports-2010-dlsp-sales-2010"',
    );
    expect(derivedElement(html, "<em>0.24</em>")).toContain(
      'id="derived-dlsp-exports-2010-dlsp-sales-2010-2"',
    );
  });

  it("marks each as computed, not as a link to a source, with a note the browser opens without script", () => {
    const growth = derivedElement(html, "about 2.5 times");
    expect(growth).not.toContain('class="fact');
    expect(growth).toMatch(
      /<button class="derived-toggle" type="button" popovertarget="([^"]+)"[^>]*>.*<span class="derived-note" id="\1" popover role="note"/s,
    );
    expect(growth).toContain("Computed figure: the sources do not state it.");
  });

  it("says the formula in words with each input linked to its callout, the unrounded result and the rounding", () => {
    const growth = derivedElement(html, "about 2.5 times");
    expect(growth).toMatch(
      /<a href="\/derived-example\/#revenue-last-year"[^>]*>US\$21\.7 billion<\/a> divided by <a href="\/derived-example\/#revenue-2010"[^>]*>US\$8\.65 billion<\/a>/,
    );
    expect(growth).toContain("which is 2.50867 times, rounded to the nearest 0.1.");
    expect(growth).not.toContain("approximate");
    expect(derivedElement(html, "about 123")).toContain(
      "Some of these figures are approximate in the source, so this one is approximate too.",
    );
    const share = derivedElement(html, "24 per cent");
    expect(share).toContain("which is 24 per cent.");
    expect(share).not.toContain("rounded");
    // Every link lands on a callout of the page.
    for (const [, id] of [
      ...growth.matchAll(/href="\/derived-example\/#([^"]+)"/g),
      ...share.matchAll(/href="\/derived-example\/#([^"]+)"/g),
    ]) {
      expect(html, id).toContain(`<span class="fact" id="${id}">`);
    }
  });

  it(
    "in real Chromium without JavaScript, the note opens from its button and its " +
      "input links land on the callouts",
    async () => {
      expect(built.status, built.output).toBe(0);
      const served = await serveDist(join(copy.root, "dist"));
      const browser = await launchChromium();
      try {
        const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
        await page.goto(`${served.origin}/derived-example/`);
        const derived = page.locator(".derived").first();
        const note = derived.locator(".derived-note");
        await expect(note.isVisible()).resolves.toBe(false);
        // Set apart from a sourced figure, which is an upright link.
        const style = (selector: string) =>
          page
            .locator(selector)
            .first()
            .evaluate((e) => getComputedStyle(e).fontStyle);
        await expect(style(".derived-figure")).resolves.toBe("italic");
        await expect(style(".fact > a")).resolves.toBe("normal");
        await derived.getByRole("button", { name: "Show how this figure was computed" }).click();
        await expect(note.isVisible()).resolves.toBe(true);
        await expect(note.innerText()).resolves.toMatch(
          /US\$21\.7 billion divided by US\$8\.65 billion\s+which is 2\.50867 times, rounded to the nearest 0\.1\./,
        );
        await note.getByRole("link", { name: "US$8.65 billion" }).click();
        await page.waitForURL(/#revenue-2010$/);
        await expect(page.locator("#revenue-2010").innerText()).resolves.toContain(
          "US$8.65 billion",
        );
      } finally {
        await browser.close();
        await served.close();
      }
    },
  );

  it("fails on a wrongly rounded derived figure, naming file, line, column and code, and publishes nothing", () => {
    const broken = copyProject();
    try {
      const page = EXAMPLE.replace(">about 2.5 times<", ">about 2.6 times<");
      broken.write(EXAMPLE_PATH, page);
      const failed = build(broken.root);
      expect(failed.status).not.toBe(0);
      const lines = page.split("\n");
      const line = lines.findIndex((l) => l.includes("about 2.6 times")) + 1;
      const column = lines[line - 1]!.indexOf("about 2.6 times") + 1;
      expect(failed.output).toMatch(
        new RegExp(
          `${EXAMPLE_PATH}\\n\\s+${line}:${column}\\s+error\\s+Unexpected \`about 2\\.6 ` +
            `times\` for \`2\\.50867\` rounded to \`0\\.1\``,
        ),
      );
      expect(failed.output).toContain("derived-rounding-wrong");
      expect(existsSync(join(broken.root, "dist/index.html"))).toBe(false);
    } finally {
      broken.remove();
    }
  });
});
