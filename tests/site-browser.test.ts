/**
 * What a reader sees, in real Chromium: callouts, notes and citations, passages, back-references,
 * keyboard, no JavaScript, the phone menu, the theme, 320 px, CSP, print, share cards, axe.
 */
import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { builtSite } from "./helpers/built-site.ts";
import { chromiumOnBuiltSite } from "./helpers/browser.ts";

const live = chromiumOnBuiltSite();

/** Every page of the built site, as URL paths. */
function allPaths(): string[] {
  return readdirSync(builtSite().dist, { recursive: true, encoding: "utf8" })
    .filter((p) => p.endsWith(".html"))
    .map((p) => `/${p.replace(/index\.html$/, "").replace(/\.html$/, "")}`)
    .sort();
}

/**
 * Every page, but of the pages made from one template by the hundred (a figure's share page, a
 * passage's list of uses), the first three: they differ only in their data.
 */
function pagePaths(): string[] {
  const seen = new Map<string, number>();
  return allPaths().filter((path) => {
    const template = /^\/facts\/[^/]+\/$/.test(path)
      ? "share"
      : /\/cited\/[^/]+\/$/.test(path)
        ? "cited"
        : null;
    if (template === null) return true;
    seen.set(template, (seen.get(template) ?? 0) + 1);
    return (seen.get(template) ?? 0) <= 3;
  });
}

/** The site's own address in the built pages (SITE_URL, or the local preview's). */
const SITE = "http://localhost:4321";

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
  expect(await target.evaluate((el) => el.matches("mark:target"))).toBe(true);
  expect(await inViewport(target)).toBe(true);
  // The passage's mark, and any piece of it that another passage cut off, take the target's
  // colour, not the plain mark's.
  const [hits, plain] = await page.evaluate((id) => {
    const pieces = [document.getElementById(id)!, ...document.querySelectorAll(`mark.${id}`)];
    const other = [...document.querySelectorAll("mark")].find(
      (m) => !m.matches(":target, :target *") && !m.classList.contains(id),
    )!;
    return [
      pieces.map((m) => getComputedStyle(m).backgroundColor),
      getComputedStyle(other).backgroundColor,
    ];
  }, id);
  for (const hit of hits) expect(hit).not.toBe(plain);
}

describe("a callout", () => {
  it("shows the quote and its source on a click, and the quote leads to the highlighted passage", async () => {
    const page = await open("/industry/");
    const callout = page.locator("#revenue-2010");
    const note = page.locator("#revenue-2010-n");
    expect(await note.isVisible()).toBe(false);
    await callout.locator("button").click();
    expect(await note.isVisible()).toBe(true);
    expect(await note.locator("q").textContent()).toBe("up from US$8.65 billion in 2010");
    expect(await note.textContent()).toMatch(/GreatLeapForward\.com.*undated/);
    await note.getByRole("link", { name: "up from US$8.65 billion in 2010" }).click();
    await page.waitForURL(/\/sources\/great-leap-forward\/#q-/);
    await expectHighlightedPassage(page);
    // The passage is one mark (and, where another passage cuts it, more of its class); together
    // they are the quote.
    const id = new URL(page.url()).hash.slice(1);
    const marked = await page.evaluate(
      (id) =>
        [document.getElementById(id)!, ...document.querySelectorAll(`mark.${id}`)]
          .map((m) => m.textContent)
          .join(""),
      id,
    );
    expect(marked).toBe("up from US$8.65 billion in 2010");
    await page.close();
  });

  it(
    "works by keyboard alone: Tab to its marker, Enter opens, Escape closes and focus stays, " +
      "Tab and Enter follow it",
    async () => {
      const page = await open("/");
      let focused = "";
      for (let tabs = 0; tabs < 40 && focused !== "BUTTON"; tabs++) {
        await page.keyboard.press("Tab");
        focused = await page.evaluate(() => document.activeElement?.tagName ?? "");
      }
      expect(focused).toBe("BUTTON");
      const button = page.locator(":focus");
      expect(await button.textContent()).toBe("Source");
      const note = page.locator(`[id="${await button.getAttribute("popovertarget")}"]`);
      await page.keyboard.press("Enter");
      expect(await note.evaluate((el) => el.matches(":popover-open"))).toBe(true);
      await page.keyboard.press("Escape");
      expect(await note.evaluate((el) => el.matches(":popover-open"))).toBe(false);
      expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press("Enter");
      await page.keyboard.press("Tab");
      // Into the note, onto its quote: a link to the passage.
      expect(
        await page.evaluate(() => document.activeElement?.closest("[popover] > p") !== null),
      ).toBe(true);
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/sources\/[^/]+\/#q-/);
      await expectHighlightedPassage(page);
      await page.close();
    },
  );

  it("is a link named by its figure and a marker named for screen readers, a 24 px target", async () => {
    const page = await open("/");
    const callout = page.locator(".fact").first();
    const text = (await callout.locator("a").first().textContent()) ?? "";
    expect(text.length).toBeGreaterThan(0);
    const snapshot = await callout.ariaSnapshot();
    expect(snapshot).toContain(`link "${text}"`);
    expect(snapshot).toContain('button "Source"');
    const box = await callout.locator("button").boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(box!.height).toBeGreaterThanOrEqual(24);
    await page.close();
  });

  it("still reaches its passage with JavaScript disabled", async () => {
    const context = await live.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${live.served.origin}/industry/`);
    await page.locator("#revenue-2010 > a").click();
    await page.waitForURL(/\/sources\/great-leap-forward\/#q-/);
    await expectHighlightedPassage(page);
    await context.close();
  });
});

describe("cite this figure", () => {
  it("holds the figure, the quote, the source, the figure's permanent address and the build date, without script", async () => {
    const context = await live.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${live.served.origin}/industry/`);
    await page.locator("#revenue-2010 button").click();
    const cite = page.locator("#revenue-2010-n > p");
    expect(await cite.isVisible()).toBe(true);
    const text = (await cite.innerText()).replace(/\s+/g, " ");
    expect(text).toContain("US$8.65 billion");
    expect(text).toContain("up from US$8.65 billion in 2010");
    expect(text).toContain("GreatLeapForward.com, Daniel Allen, undated.");
    expect(text).toContain(`${SITE}/industry/#revenue-2010`);
    const built = await page.locator("footer time").textContent();
    expect(text).toContain(`built ${built}`);
    await context.close();
  });

  it("copies the citation as one line, its quote in quotation marks", async () => {
    const context = await live.browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: live.served.origin,
    });
    const page = await context.newPage();
    await page.goto(`${live.served.origin}/industry/`);
    await page.locator("#revenue-2010 button").click();
    const copy = page.locator("#revenue-2010-n button");
    expect(await copy.textContent()).toBe("Copy citation");
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe("Copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      new RegExp(
        `^US\\$8\\.65 billion “up from US\\$8\\.65 billion in 2010” GreatLeapForward\\.com, ` +
          `Daniel Allen, undated\\. Dalian software fact sheet, ${SITE.replaceAll(".", "\\.")}` +
          `/industry/#revenue-2010, built \\d{1,2} \\w+ \\d{4}\\.$`,
      ),
    );
    await context.close();
  });
});

describe("a source page", () => {
  it("leads back from a back-reference, named for its figure, to its callout, in view", async () => {
    const page = await open("/sources/great-leap-forward/");
    const back = page.locator('.br a[href="/#glance-offshore"]');
    expect(await back.getAttribute("aria-label")).toContain("US$1.8 billion");
    await back.click();
    await page.waitForURL((url) => url.hash === "#glance-offshore");
    const callout = page.locator("#glance-offshore");
    expect(
      await callout.evaluate((el) => el.matches(":target") && el.classList.contains("fact")),
    ).toBe(true);
    expect(await inViewport(callout)).toBe(true);
    await page.close();
  });

  it("shows set-apart blocks apart and labelled", async () => {
    const page = await open("/sources/great-leap-forward/");
    const caption = page.locator(".edition > .b-caption").first();
    expect(
      await caption.evaluate(
        (el) =>
          el.previousElementSibling?.matches(".label") && el.previousElementSibling.textContent,
      ),
    ).toBe("Caption");
    const [apart, plain] = await page.evaluate(() => [
      getComputedStyle(document.querySelector(".edition > .b-caption")!).borderInlineStartWidth,
      getComputedStyle(document.querySelector(".edition > p:not([class])")!).borderInlineStartWidth,
    ]);
    expect(apart).not.toBe(plain);
    await page.close();
  });
});

describe("the frame", () => {
  it("puts every page's heading within the first 250 px on a 390 px phone", async () => {
    const page = await live.browser.newPage({ viewport: { width: 390, height: 844 } });
    const low: string[] = [];
    for (const path of pagePaths()) {
      await page.goto(`${live.served.origin}${path}`);
      const top = await page.locator("h1").evaluate((h) => h.getBoundingClientRect().top);
      if (top > 250) low.push(`${path}: ${Math.round(top)} px`);
    }
    expect(low).toEqual([]);
    await page.close();
  });

  it("opens and closes the phone menu without JavaScript", async () => {
    const context = await live.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto(`${live.served.origin}/industry/`);
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.isVisible()).toBe(false);
    await page.getByText("Menu", { exact: true }).click();
    expect(await nav.isVisible()).toBe(true);
    const current = nav.locator('[aria-current="page"]');
    expect(await current.textContent()).toBe("Industry size and growth");
    await nav.getByRole("link", { name: "Talent and education" }).click();
    await page.waitForURL(/\/talent\/$/);
    expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(false);
    await context.close();
  });

  it("shows the menu beside the page on a wide screen, with no disclosure to open", async () => {
    const page = await live.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${live.served.origin}/industry/`);
    expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(true);
    expect(await page.getByText("Menu", { exact: true }).isVisible()).toBe(false);
    await page.close();
  });

  it("links each content page to the previous and the next", async () => {
    const page = await open("/industry/");
    const pager = page.getByRole("navigation", { name: "Previous and next page" });
    expect(await pager.locator('[rel="prev"]').getAttribute("href")).toBe("/");
    expect(await pager.locator('[rel="next"]').getAttribute("href")).toBe("/talent/");
    await page.close();
  });

  it("lists a page's sections on it, where it has three or more", async () => {
    const page = await open("/industry/");
    const toc = page.getByRole("navigation", { name: "On this page" });
    const links = await toc.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    const headings = await page
      .locator("article h2")
      .evaluateAll((hs) => hs.map((h) => `#${h.id}`));
    expect(links).toEqual(headings);
    expect(links.length).toBeGreaterThanOrEqual(3);
    await page.close();
  });
});

describe("the theme control", () => {
  /** The page's background colour, and whether it is dark. */
  const background = (page: Page) =>
    page.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.body)
        .backgroundColor.match(/\d+/g)!
        .map(Number) as [number, number, number];
      return { rgb: `${r},${g},${b}`, dark: r + g + b < 3 * 128 };
    });

  it("follows prefers-color-scheme when left on Auto", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await live.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${live.served.origin}/`);
      expect(await page.locator("#theme").inputValue()).toBe("auto");
      expect((await background(page)).dark, colorScheme).toBe(colorScheme === "dark");
      await context.close();
    }
  });

  it("switches the colours, keeps the choice for the next page, and paints it from the start", async () => {
    const context = await live.browser.newContext({ colorScheme: "light" });
    // Records the theme the moment <body> is parsed: before anything of the page can be painted.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string }).themeAtBody =
          document.documentElement.dataset.theme ?? "";
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${live.served.origin}/`);
    const light = await background(page);
    expect(light.dark).toBe(false);
    await page.locator("#theme").selectOption("dark");
    const dark = await background(page);
    expect(dark.dark).toBe(true);
    await page.goto(`${live.served.origin}/industry/`);
    expect(
      await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody),
    ).toBe("dark");
    expect((await background(page)).rgb).toBe(dark.rgb);
    expect(await page.locator("#theme").inputValue()).toBe("dark");
    await page.locator("#theme").selectOption("light");
    expect((await background(page)).rgb).toBe(light.rgb);
    await page.locator("#theme").selectOption("auto");
    await page.reload();
    expect((await background(page)).rgb).toBe(light.rgb);
    await context.close();
  });

  it("switches the colours without JavaScript too, on the page it is set on", async () => {
    const context = await live.browser.newContext({
      javaScriptEnabled: false,
      colorScheme: "dark",
    });
    const page = await context.newPage();
    await page.goto(`${live.served.origin}/markets/`);
    expect((await background(page)).dark).toBe(true);
    await page
      .getByText("Menu", { exact: true })
      .click()
      .catch(() => undefined);
    await page.locator("#theme").selectOption("light");
    expect((await background(page)).dark).toBe(false);
    await context.close();
  });
});

describe("a figure's share page", () => {
  it("shows the figure, its quote and source and where it is used, and has its 1200 × 630 card", async () => {
    const page = await live.browser.newPage();
    const shares = allPaths().filter((p) => /^\/facts\/[^/]+\/$/.test(p));
    expect(shares.length).toBeGreaterThanOrEqual(200);
    const wrong: string[] = [];
    for (const path of shares) {
      await page.goto(`${live.served.origin}${path}`);
      const image = await page.locator('meta[property="og:image"]').getAttribute("content");
      const src = new URL(image!).pathname;
      if (src !== `${path}card.png`) wrong.push(`${path}: og:image ${src}`);
      const size = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return `${img.naturalWidth}×${img.naturalHeight}`;
      }, src);
      if (size !== "1200×630") wrong.push(`${path}: ${size}`);
      if ((await page.locator("blockquote").count()) !== 1) wrong.push(`${path}: no quote`);
      const uses = await page.locator("main ul a").count();
      if (uses < 1) wrong.push(`${path}: no use`);
    }
    expect(wrong).toEqual([]);
    await page.close();
  });
});

describe("print", () => {
  it("prints the home page as a fact sheet of at most two A4 pages, with numbered notes and no menu", async () => {
    const page = await open("/");
    const pdf = await page.pdf({ format: "A4" });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(false);
    expect(await page.locator(".fact button").first().isVisible()).toBe(false);
    const notes = page.locator("ol.notes > li");
    const count = await notes.count();
    expect(count).toBe(await page.locator(".fact").count());
    for (let k = 0; k < count; k++) expect(await notes.nth(k).isVisible()).toBe(true);
    const [mark, marker] = await page.evaluate(() => [
      getComputedStyle(document.querySelector(".fact > a")!, "::after").content,
      getComputedStyle(document.querySelector("ol.notes > li")!).display,
    ]);
    expect(mark).toBe("counter(fact)");
    expect(marker).toBe("list-item");
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
      const button = page.locator(".fact button:visible").first();
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
