/**
 * Real Chromium for what a reader sees: Debian's `chromium` driven by playwright-core, and the
 * built `dist/` served over HTTP (Pagefind and module scripts need http, not file:).
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import sirv from "sirv";
import { afterAll, beforeAll } from "vitest";
import { builtSite } from "./built-site.ts";

/** Where Chromium is looked for; CHROMIUM_PATH overrides. */
const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

export function chromiumPath(): string {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  // Never skip silently: a machine without a browser fails, saying what to install.
  if (!found)
    throw new Error(
      "No Chromium found. Install it with `apt-get install -y chromium` (bash .ci/run does), or set CHROMIUM_PATH.",
    );
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

export interface Served {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  close(): Promise<void>;
}

/** Serves a built `dist/` on a free local port, as a static host would (404.html for misses). */
export async function serveDist(dist: string): Promise<Served> {
  const files = sirv(dist, { dev: false, etag: false, extensions: ["html"] });
  const notFound = join(dist, "404.html");
  const server: Server = createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      res.end(existsSync(notFound) ? readFileSync(notFound) : "Not found");
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Chromium and the built site, served, for the tests of one file: started before them, closed after. */
export function chromiumOnBuiltSite(): { readonly browser: Browser; readonly served: Served } {
  const live = {} as { browser: Browser; served: Served };
  beforeAll(async () => {
    live.served = await serveDist(builtSite().dist);
    live.browser = await launchChromium();
  });
  afterAll(async () => {
    await live.browser?.close();
    await live.served?.close();
  });
  return live;
}
