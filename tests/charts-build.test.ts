/**
 * Charts in the real `astro build` of a copy of the project with one more page: real callouts
 * from both sources, named, and two charts over them; then in real Chromium: visible, named, each
 * bar lands on its callout, and
 * axe finds no WCAG 2.2 AA violation in light or dark mode.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { astroEnv, copyProject, type ProjectCopy } from "./helpers/project-copy.ts";
import { launchChromium, serveDist, type Served } from "./helpers/browser.ts";

const ASTRO = join(process.cwd(), "node_modules/astro/bin/astro.mjs");
const AXE = join(process.cwd(), "node_modules/axe-core/axe.min.js");
const PAGE = "content/chart-test.mdx";

/** Real callouts, with the ids the charts below name. */
const FACTS = `---
title: Chart test
---

The office had <Fact source="back-office-hub" quote="when there were only about 20 staff">about 20 staff</Fact>
when he joined and has since grown to
<Fact source="back-office-hub" quote="The office has since expanded to over 200.">over 200</Fact>.
The city trains
<Fact source="great-leap-forward" quote="trains more than 70,000 students each year">more than 70,000 students</Fact>
a year; the Institute has
<Fact source="great-leap-forward" quote="which now boasts more than 12,000 students">more than 12,000 students</Fact>.
`;

function build(root: string) {
  const result = spawnSync(process.execPath, [ASTRO, "build", "--root", root], {
    encoding: "utf8",
    env: astroEnv(),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Gives the callout with this exact quote an id, as a contributor would before charting it. */
function nameFact(text: string, quote: string, id: string): string {
  const at = text.indexOf(`quote="${quote}"`);
  if (at < 0 || text.indexOf(`quote="${quote}"`, at + 1) >= 0)
    throw new Error(`expected one callout quoting "${quote}" in ${PAGE}`);
  const tag = text.lastIndexOf("<Fact", at);
  return `${text.slice(0, tag)}<Fact id="${id}"${text.slice(tag + "<Fact".length)}`;
}

const CHARTS = `
## Charts

<Chart
  title="Deloitte's Dalian office, then and since"
  description="Staff of the office when Andrew Zhang Qing joined it and since, as the news article gives them."
  marks="staff-then staff-since"
  labels="when he joined | since"
/>

<Chart
  title="Students in software training"
  description="Students the city trains each year, against the students of Neusoft's Institute."
  marks="students-city students-institute"
  labels="Dalian, each year | Neusoft's Institute"
/>
`;

function withCharts(text: string): string {
  let page = text;
  for (const [quote, id] of [
    ["when there were only about 20 staff", "staff-then"],
    ["The office has since expanded to over 200.", "staff-since"],
    ["trains more than 70,000 students each year", "students-city"],
    ["which now boasts more than 12,000 students", "students-institute"],
  ] as const)
    page = nameFact(page, quote, id);
  return `${page}\n${CHARTS}`;
}

describe("charts in the real build", () => {
  let copy: ProjectCopy;
  let html = "";
  let browser: Browser;
  let served: Served;

  beforeAll(async () => {
    copy = copyProject();
    copy.write(PAGE, withCharts(FACTS));
    const result = build(copy.root);
    expect(result.status, result.output).toBe(0);
    html = readFileSync(join(copy.root, "dist/chart-test/index.html"), "utf8");
    served = await serveDist(join(copy.root, "dist"));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    copy?.remove();
  });

  async function open(
    options: { colorScheme?: "light" | "dark"; width?: number } = {},
  ): Promise<Page> {
    // CSP bypassed only so that axe-core can be injected; the site tests prove the policy itself.
    const page = await browser.newPage({
      viewport: { width: options.width ?? 1024, height: 800 },
      bypassCSP: true,
    });
    await page.emulateMedia({ colorScheme: options.colorScheme ?? "light" });
    await page.goto(`${served.origin}/chart-test/`);
    return page;
  }

  it("emits each chart as static SVG with its table, and no chart script or inline style", () => {
    const figures = [...html.matchAll(/<figure class="chart"[^>]*>.*?<\/figure>/gs)].map(
      (m) => m[0],
    );
    expect(figures).toHaveLength(2);
    for (const figure of figures) {
      expect(figure).toMatch(/<svg [^>]*role="group"/);
      expect(figure).toMatch(/<table class="chart-table"/);
      expect(figure).not.toMatch(/<script|<style|\sstyle=/i);
    }
    expect(figures[0]).toContain('<a aria-label="when he joined: about 20" href="#staff-then"');
    expect(html).not.toMatch(/observablehq|linkedom/);
  });

  it("shows a chart with an accessible name, and a click on a bar lands on its callout", async () => {
    const page = await open();
    const figure = page.getByRole("figure", {
      name: /^Deloitte's Dalian office, then and since Staff of the office/,
    });
    await expect(figure.locator("figcaption").isVisible()).resolves.toBe(true);
    const chart = figure.getByRole("group", {
      name: "Deloitte's Dalian office, then and since",
      exact: true,
    });
    await expect(chart.isVisible()).resolves.toBe(true);
    const box = await chart.boundingBox();
    expect(box?.height).toBeGreaterThan(50);
    const bar = chart.getByRole("link", { name: "since: over 200" });
    await bar.click();
    await page.waitForURL(/#staff-since$/);
    const landed = await page.evaluate(() => {
      const target = document.querySelector(":target");
      const r = target?.getBoundingClientRect();
      return {
        id: target?.id,
        text: target?.querySelector(":scope > a")?.textContent,
        inView: !!r && r.top >= -1 && r.bottom <= window.innerHeight + 1,
      }; // a pixel of slack: layout is subpixel
    });
    expect(landed).toEqual({ id: "staff-since", text: "over 200", inView: true });
    await page.close();
  });

  it(
    "keeps its text no smaller than the page's small text on a 320 px screen, " +
      "without scrolling sideways",
    async () => {
      const page = await open({ width: 320 });
      const measured = await page.evaluate(() => {
        const svg = document.querySelector("svg.chart-svg") as SVGSVGElement;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const text =
          Number.parseFloat(getComputedStyle(svg.querySelector("text")!).fontSize) * scale;
        const small = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.85;
        return { text, small, overflow: document.documentElement.scrollWidth - window.innerWidth };
      });
      expect(measured.text).toBeGreaterThanOrEqual(measured.small);
      expect(measured.overflow).toBeLessThanOrEqual(0);
      await page.close();
    },
  );

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violation (WCAG 2.2 AA) in ${colorScheme} mode`, async () => {
      const page = await open({ colorScheme });
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(
                context: unknown,
                options: unknown,
              ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document, {
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] },
        });
        return result.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target) }));
      });
      expect(violations).toEqual([]);
      // The stylesheet, not Plot's stripped inline style, colours the bars: the site's accent in
      // this scheme.
      const colours = await page.evaluate(() => {
        const probe = document.createElement("span");
        probe.style.color = "var(--accent)";
        document.body.append(probe);
        const accent = getComputedStyle(probe).color;
        const bar = getComputedStyle(document.querySelector(".chart-bars rect")!).fill;
        return { accent, bar, background: getComputedStyle(document.body).backgroundColor };
      });
      expect(colours.bar).toBe(colours.accent);
      expect(colours.bar).not.toBe(colours.background);
      await page.close();
    });
  }
});

describe("a chart the build refuses", () => {
  it("fails the build, naming the page, the line, what is wrong and what was expected", () => {
    const copy = copyProject();
    try {
      const page = nameFact(FACTS, "when there were only about 20 staff", "staff-then");
      const lines = page.split("\n").length;
      copy.write(
        PAGE,
        `${page}\n\n<Chart title="Staff" description="Then and since." marks="staff-then ` +
          `staff-later" labels="then | since" />\n`,
      );
      const result = build(copy.root);
      expect(result.status).not.toBe(0);
      // The facts check refuses it before any page is drawn, as it refuses a wrong figure.
      expect(result.output).toMatch(
        new RegExp(
          `content/chart-test.mdx\\n\\s+${lines + 2}:1\\s+error\\s+Unknown fact ` +
            `\`staff-later\` in \`marks\`, expected the \`id\` of a \`<Fact>\` on ` +
            `content/chart-test.mdx`,
        ),
      );
      expect(result.output).toContain("chart-not-from-checked-facts");
    } finally {
      copy.remove();
    }
  });
});
