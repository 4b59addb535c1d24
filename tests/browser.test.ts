/** The harness itself: Chromium starts and renders the built home page served over HTTP. */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { builtSite } from "./helpers/built-site.ts";
import { launchChromium, serveDist, type Served } from "./helpers/browser.ts";

let browser: Browser;
let served: Served;
beforeAll(async () => {
  served = await serveDist(builtSite().dist);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

it("renders the built home page in real Chromium", async () => {
  const page = await browser.newPage();
  const response = await page.goto(`${served.origin}/`);
  expect(response?.status()).toBe(200);
  expect(await page.locator("h1").first().textContent()).toBe("At a glance");
  expect(await page.locator(".fact").count()).toBeGreaterThanOrEqual(20);
});

it("answers an unknown address with 404", async () => {
  const page = await browser.newPage();
  const response = await page.goto(`${served.origin}/no-such-page/`);
  expect(response?.status()).toBe(404);
});
