/** The harness itself: Chromium starts and renders the built home page served over HTTP. */
import { expect, it } from "vitest";
import { chromiumOnBuiltSite } from "./helpers/browser.ts";

const live = chromiumOnBuiltSite();

it("renders the built home page in real Chromium", async () => {
  const page = await live.browser.newPage();
  const response = await page.goto(`${live.served.origin}/`);
  expect(response?.status()).toBe(200);
  expect(await page.locator("h1").first().textContent()).toBe("At a glance");
  expect(await page.locator(".fact").count()).toBeGreaterThanOrEqual(20);
});

it("answers an unknown address with 404", async () => {
  const page = await live.browser.newPage();
  const response = await page.goto(`${live.served.origin}/no-such-page/`);
  expect(response?.status()).toBe(404);
});
