/**
 * Search in real Chromium: Pagefind over the built site, loaded only when the box is used, under
 * the site's strict CSP.
 */
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { distFile, builtSite } from "./helpers/built-site.ts";
import { builtPages } from "./helpers/dist-pages.ts";
import { chromiumOnBuiltSite } from "./helpers/browser.ts";

const live = chromiumOnBuiltSite();

interface Watched {
  page: Page;
  requests: string[];
  /** CSP violations, from the console and from `securitypolicyviolation` events. */
  violations: () => Promise<string[]>;
}

async function open(
  path: string,
  { javaScriptEnabled = true, noWorker = false } = {},
): Promise<Watched> {
  const context = await live.browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const requests: string[] = [];
  const console: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (/content security policy|refused to/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __cspViolations: string[] }).__cspViolations =
      []);
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  // Pagefind runs its WebAssembly in a worker, whose policy comes from its own response; without
  // workers it falls back to the page's thread, where the page's CSP must allow WebAssembly.
  if (noWorker) await page.addInitScript(() => Reflect.deleteProperty(window, "Worker"));
  const response = await page.goto(`${live.served.origin}${path}`, { waitUntil: "load" });
  expect(response?.status()).toBe(200);
  const violations = async () => [
    ...console,
    ...(javaScriptEnabled
      ? await page.evaluate(
          () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
        )
      : []),
  ];
  return { page, requests, violations };
}

const pagefindRequests = (requests: string[]) =>
  requests.filter((u) => new URL(u).pathname.startsWith("/pagefind/"));

/**
 * A fact and the word of its quote found on the fewest pages, so that its page ranks among the
 * results shown.
 */
function aFact(): { id: string; page: string; text: string; word: string } {
  const rows = (
    JSON.parse(distFile("facts.json")) as {
      type: string;
      id: string;
      page: string;
      text: string;
      quote: string;
    }[]
  ).filter((r) => r.type === "fact");
  const texts = builtPages(builtSite().dist).map((p) =>
    (p.document.querySelector("main")?.textContent ?? "").toLowerCase(),
  );
  let best: { row: (typeof rows)[number]; word: string; pages: number } | null = null;
  for (const row of rows) {
    for (const word of new Set(row.quote.toLowerCase().match(/\p{L}{6,}/gu) ?? [])) {
      const pages = texts.filter((t) => t.includes(word)).length;
      if (!best || pages < best.pages) best = { row, word, pages };
    }
  }
  if (!best) throw new Error("facts.json has no quote with a word of six letters or more");
  return { ...best.row, word: best.word };
}

describe("the search box", () => {
  it(
    "fetches nothing of Pagefind until the reader uses it, then finds the page with " +
      "a figure by a word of its quote",
    async () => {
      const { page, requests, violations } = await open("/sources/");
      await page.waitForTimeout(300);
      expect(pagefindRequests(requests)).toEqual([]);
      const box = page.getByRole("searchbox", { name: "Search" });
      await expect.poll(() => box.isVisible()).toBe(true);
      expect(pagefindRequests(requests)).toEqual([]);

      const fact = aFact();
      await box.focus();
      await box.pressSequentially(fact.word, { delay: 20 });
      const result = page.locator(`.site-search-results a[href="${fact.page}"]`);
      await result.first().waitFor({ state: "visible", timeout: 15_000 });
      expect(pagefindRequests(requests).length).toBeGreaterThan(0);

      await result.first().click();
      await page.waitForURL(`${live.served.origin}${fact.page}`);
      expect(
        (await page.locator(`[id="${fact.id}"]`).textContent())?.replace(/\s+/g, " "),
      ).toContain(fact.text.replace(/\s+/g, " "));
      expect(await violations()).toEqual([]);
    },
  );

  it("says when nothing was found", async () => {
    const { page, violations } = await open("/");
    const box = page.getByRole("searchbox", { name: "Search" });
    await box.fill("zzqxjv");
    await expect
      .poll(() => page.getByRole("status").first().textContent(), { timeout: 15_000 })
      .toContain("No page found");
    expect(await page.locator(".site-search-results li").count()).toBe(0);
    expect(await violations()).toEqual([]);
  });

  it("runs under a strict CSP that allows WebAssembly but no inline code, even on the page's own thread", async () => {
    const { page, violations } = await open("/", { noWorker: true });
    expect(await page.evaluate(() => "Worker" in window)).toBe(false);
    const fact = aFact();
    await page.getByRole("searchbox", { name: "Search" }).fill(fact.word);
    await page
      .locator(`.site-search-results a[href="${fact.page}"]`)
      .first()
      .waitFor({ state: "visible", timeout: 15_000 });
    expect(await violations()).toEqual([]);
    const policy =
      (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content")) ??
      "";
    expect(policy).toContain("script-src");
    expect(policy).toContain("'wasm-unsafe-eval'");
    expect(policy).not.toContain("'unsafe-inline'");
  });

  it("does not pretend to work without JavaScript", async () => {
    const { page, requests } = await open("/", { javaScriptEnabled: false });
    expect(await page.locator("search, [role=search]").first().isVisible()).toBe(false);
    expect(await page.getByRole("searchbox").count()).toBe(0);
    expect(pagefindRequests(requests)).toEqual([]);
  });

  it("has no axe violation (WCAG 2.2 A and AA) with its results shown", async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    const { page } = await open("/");
    const fact = aFact();
    await page.getByRole("searchbox", { name: "Search" }).fill(fact.word);
    await page
      .locator(".site-search-results a")
      .first()
      .waitFor({ state: "visible", timeout: 15_000 });
    // Evaluated through the DevTools protocol, which the page's CSP does not govern.
    await page.evaluate(axe);
    const violations = await page.evaluate(async () => {
      const run = (
        window as unknown as {
          axe: {
            run: (
              c: unknown,
              o: unknown,
            ) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe.run;
      const result = await run(
        { include: [["search"]] },
        {
          runOnly: {
            type: "tag",
            values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
          },
        },
      );
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });
});
