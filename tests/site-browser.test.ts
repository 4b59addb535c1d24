/**
 * What a reader sees, in real Chromium: callouts, passages, backlinks, keyboard, no JavaScript,
 * 320 px, CSP, print, axe.
 */
import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { builtSite } from "./helpers/built-site.ts";
import { chromiumOnBuiltSite } from "./helpers/browser.ts";

const live = chromiumOnBuiltSite();

/** Every page of the built site, as URL paths. */
function pagePaths(): string[] {
  return readdirSync(builtSite().dist, { recursive: true, encoding: "utf8" })
    .filter((p) => p.endsWith(".html"))
    .map((p) => `/${p.replace(/index\.html$/, "").replace(/\.html$/, "")}`)
    .sort();
}

async function open(path: string, options: Parameters<Browser["newPage"]>[0] = {}): Promise<Page> {
  const page = await live.browser.newPage(options);
  await page.goto(`${live.served.origin}${path}`);
  return page;
}

/** Whether an element lies within the viewport, at least in part. */
function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
  });
}

/**
 * The passage a URL's fragment targets is highlighted: its marks take the target's colour, not the
 * plain mark's.
 */
async function expectHighlightedPassage(page: Page): Promise<void> {
  const id = new URL(page.url()).hash.slice(1);
  expect(id).toMatch(/^q-/);
  const target = page.locator(`[id="${id}"]`);
  expect(await target.evaluate((el) => el.matches(":target"))).toBe(true);
  const marks = page.locator(`mark.${id}`);
  expect(await marks.count()).toBeGreaterThan(0);
  expect(await inViewport(marks.first())).toBe(true);
  const [hit, plain] = await marks.first().evaluate((el) => {
    const other = [...document.querySelectorAll("mark")].find(
      (m) => ![...m.classList].some((c) => document.getElementById(c)?.matches(":target")),
    )!;
    return [getComputedStyle(el).backgroundColor, getComputedStyle(other).backgroundColor];
  });
  expect(hit).not.toBe(plain);
}

describe("a callout", () => {
  it("shows the quote and its source on a click, and 'in the source' lands on the highlighted passage", async () => {
    const page = await open("/industry/");
    const callout = page.locator("#revenue-2010");
    const note = callout.locator("[popover]");
    expect(await note.isVisible()).toBe(false);
    await callout.locator("button").click();
    expect(await note.isVisible()).toBe(true);
    expect(await note.locator("q").textContent()).toBe("up from US$8.65 billion in 2010");
    expect(await note.textContent()).toMatch(/GreatLeapForward\.com.*undated/);
    await note.getByRole("link", { name: "in the source" }).click();
    await page.waitForURL(/\/sources\/great-leap-forward\/#q-/);
    await expectHighlightedPassage(page);
    // The passage may be cut into runs where other passages overlap it; together they are the
    // quote.
    expect(
      (await page.locator(`mark.${new URL(page.url()).hash.slice(1)}`).allTextContents()).join(""),
    ).toBe("up from US$8.65 billion in 2010");
    await page.close();
  });

  it(
    "works by keyboard alone: Tab to it, Enter opens, Escape closes and focus stays, " +
      "Tab and Enter follow it",
    async () => {
      const page = await open("/");
      let focused = "";
      for (let tabs = 0; tabs < 30 && focused !== "BUTTON"; tabs++) {
        await page.keyboard.press("Tab");
        focused = await page.evaluate(() => document.activeElement?.tagName ?? "");
      }
      expect(focused).toBe("BUTTON");
      const button = page.locator(":focus");
      expect(await button.getAttribute("aria-label")).toBe("Show the source");
      const note = page.locator(`[id="${await button.getAttribute("popovertarget")}"]`);
      await page.keyboard.press("Enter");
      expect(await note.evaluate((el) => el.matches(":popover-open"))).toBe(true);
      await page.keyboard.press("Escape");
      expect(await note.evaluate((el) => el.matches(":popover-open"))).toBe(false);
      expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press("Enter");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("in the source");
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/sources\/[^/]+\/#q-/);
      await expectHighlightedPassage(page);
      await page.close();
    },
  );

  it("names itself a sourced figure to a screen reader", async () => {
    const page = await open("/");
    const figure = page.locator(".fact").first().locator("a").first();
    const text = (await figure.textContent()) ?? "";
    expect(text.length).toBeGreaterThan(0);
    expect(await figure.getAttribute("aria-label")).toBe(`${text}, sourced figure`);
    const snapshot = await page.locator(".fact").first().ariaSnapshot();
    expect(snapshot).toContain(`link "${text}, sourced figure"`);
    expect(snapshot).toContain('button "Show the source"');
    await page.close();
  });

  it("still reaches its passage with JavaScript disabled", async () => {
    const context = await live.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${live.served.origin}/industry/`);
    await page.locator("#revenue-2010 a.fact-figure").click();
    await page.waitForURL(/\/sources\/great-leap-forward\/#q-/);
    await expectHighlightedPassage(page);
    await context.close();
  });

  it("prints its source as a numbered note", async () => {
    const page = await open("/");
    await page.emulateMedia({ media: "print" });
    const notes = page.locator(".fact [popover]");
    const count = await notes.count();
    expect(count).toBeGreaterThanOrEqual(20);
    for (let k = 0; k < count; k++) expect(await notes.nth(k).isVisible()).toBe(true);
    expect(await page.locator(".fact button").first().isVisible()).toBe(false);
    const numbers = await page.evaluate(() =>
      [...document.querySelectorAll(".fact")]
        .slice(0, 3)
        .map((f) => [
          getComputedStyle(f.querySelector("a")!, "::after").content,
          getComputedStyle(f.querySelector("[popover]")!, "::before").content,
        ]),
    );
    for (const [mark, note] of numbers) {
      expect(mark).toBe("counter(fact)");
      expect(note).toMatch(/counter\(fact\)/);
    }
    await page.close();
  });
});

describe("a source page", () => {
  it("leads back from a backlink to its callout, in view", async () => {
    const page = await open("/sources/great-leap-forward/");
    const back = page.locator('.cites a[href^="/#"]').filter({ hasText: "US$1.8 billion" });
    const href = (await back.getAttribute("href"))!;
    await back.click();
    await page.waitForURL((url) => url.hash === href.slice(1));
    const callout = page.locator(href.slice(1));
    expect(
      await callout.evaluate((el) => el.matches(":target") && el.classList.contains("fact")),
    ).toBe(true);
    expect(await inViewport(callout)).toBe(true);
    await page.close();
  });

  it("shows set-apart blocks apart and labelled", async () => {
    const page = await open("/sources/great-leap-forward/");
    const caption = page.locator(".apart").first();
    expect(await caption.locator(".label").textContent()).toBe("Caption");
    const [apart, plain] = await page.evaluate(() => [
      getComputedStyle(document.querySelector(".apart > p")!).borderInlineStartWidth,
      getComputedStyle(document.querySelector(".row:not(.apart) > p")!).borderInlineStartWidth,
    ]);
    expect(apart).not.toBe(plain);
    await page.close();
  });
});

describe("every page", () => {
  it("fits 320 px without horizontal scrolling", async () => {
    const page = await live.browser.newPage({ viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const path of pagePaths()) {
      await page.goto(`${live.served.origin}${path}`);
      const [scroll, client] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      if (scroll > client) wide.push(`${path}: ${scroll}px`);
    }
    expect(wide).toEqual([]);
    await page.close();
  });

  it("reports no Content-Security-Policy violation", async () => {
    const page = await live.browser.newPage();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(m.text()))
        violations.push(`${page.url()}: ${m.text()}`);
    });
    for (const path of pagePaths()) {
      await page.goto(`${live.served.origin}${path}`);
      // Open a popover too: the page's interactive state must not need anything the policy forbids.
      const button = page.locator(".fact button").first();
      if (await button.count()) await button.click();
    }
    expect(violations).toEqual([]);
    await page.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe-core violation of WCAG 2.2 A and AA, in ${colorScheme} mode`, async () => {
      const axe = join(process.cwd(), "node_modules/axe-core/axe.min.js");
      // axe is injected as an inline script, which the pages' own policy rightly refuses.
      const context = await live.browser.newContext({ bypassCSP: true, colorScheme });
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of pagePaths()) {
        await page.goto(`${live.served.origin}${path}`);
        await page.addScriptTag({ path: axe });
        const violations = await page.evaluate(async () => {
          const result = await (
            window as unknown as {
              axe: {
                run(
                  ctx: Document,
                  o: object,
                ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
              };
            }
          ).axe.run(document, {
            runOnly: {
              type: "tag",
              values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
            },
          });
          return result.violations.map(
            (v) => `${v.id} at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`,
          );
        });
        found.push(...violations.map((v) => `${path}: ${v}`));
      }
      expect(found).toEqual([]);
      await context.close();
    });
  }
});
