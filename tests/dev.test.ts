/**
 * `astro dev` as a contributor's console: the real dev server on a copy of the project. Every save
 * prints the project's findings once, as `npm run check` does; a page with an error answers with
 * the error in Astro's overlay (its code in the title, the message once, the frame at the
 * column, no stack trace) instead of a page that lies; new sources need no restart; start-up is
 * quiet.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { cpSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { main } from "../scripts/lib/check-cli.ts";
import { launchChromium } from "./helpers/browser.ts";
import { astroEnv, copyProject } from "./helpers/project-copy.ts";

const ASTRO = join(process.cwd(), "node_modules/astro/bin/astro.mjs");
const site = copyProject();
const server = { log: "", stop: () => {} };
afterAll(() => {
  server.stop();
  site.remove();
});

async function startDev(port: number): Promise<void> {
  const child = spawn(
    process.execPath,
    [
      ASTRO,
      "dev",
      "--root",
      site.root,
      "--port",
      String(port),
      "--host",
      "127.0.0.1",
      "--ignore-lock",
    ],
    { env: astroEnv() },
  );
  child.stdout.on("data", (d: Buffer) => void (server.log += d.toString()));
  child.stderr.on("data", (d: Buffer) => void (server.log += d.toString()));
  server.stop = () => child.kill();
  const deadline = Date.now() + 60_000;
  while (!/watching for file changes/.test(server.log)) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`astro dev did not start:\n${server.log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const port = 4400 + Math.floor(Math.random() * 500);
const origin = `http://127.0.0.1:${port}`;

/** Waits until `ok` holds of the log written since `from`, and returns that part of the log. */
async function logUntil(from: number, ok: (log: string) => boolean, seconds = 20): Promise<string> {
  for (let tries = 0; tries < seconds * 10 && !ok(server.log.slice(from)); tries++)
    await new Promise((r) => setTimeout(r, 100));
  const log = server.log.slice(from);
  if (!ok(log))
    throw new Error(`the dev server never logged what was expected, only:\n${log.slice(-4000)}`);
  return log;
}

/** What `npm run check` prints for the copy as it is now. */
async function checkOutput(): Promise<string> {
  let stdout = "";
  await main(["--root", site.root], {
    stdout: (t) => void (stdout += t),
    stderr: () => {},
    stdin: async () => "",
    cwd: process.cwd(),
  });
  return stdout;
}

describe("astro dev", () => {
  beforeAll(() => startDev(port));

  it("starts without a warning, and serves a favicon without one", async () => {
    const favicon = await fetch(`${origin}/favicon.ico`);
    expect(favicon.status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(server.log).toMatch(/The facts check took \d+\.\d\d s: \d+ facts on 11 pages/);
    expect(server.log).not.toMatch(/\[WARN\]|\[ERROR\]/);
  });

  it("serves a fact added while the server runs, with its passage link", async () => {
    const page = site.read("content/index.mdx");
    site.write(
      "content/index.mdx",
      `${page}\n- Dalian trains students in <Fact source="great-leap-forward" ` +
        `quote="in software skills programs across 22 universities">22 ` +
        `universities</Fact> as well.\n`,
    );
    let body = "";
    for (
      let tries = 0;
      tries < 50 && !body.includes("in software skills programs across 22 universities");
      tries++
    ) {
      await new Promise((r) => setTimeout(r, 200));
      body = await (await fetch(`${origin}/`)).text();
    }
    expect(body).toContain("in software skills programs across 22 universities");
    site.write("content/index.mdx", page);
  });

  it("prints the project's findings once per save, as npm run check does, for a page no one opened", async () => {
    const page = site.read("content/talent.mdx");
    const from = server.log.length;
    site.write("content/talent.mdx", page.replace(">10,000</Fact>", ">11,000</Fact>"));
    const expected = await checkOutput();
    expect(expected).toContain("content/talent.mdx\n");
    const log = await logUntil(from, (l) => l.includes(expected.trimEnd()));
    // Once for the save, preceded by what changed, and nothing else: no stack trace.
    expect(log).toMatch(
      /\[ERROR\] \[dalian-facts\] (?:\S+, )*content\/talent\.mdx(?:, \S+)* changed\. The facts check took \d+\.\d\d s:\ncontent\/talent\.mdx\n/,
    );
    await new Promise((r) => setTimeout(r, 1000));
    const after = server.log.slice(from);
    expect(after.split(expected.trimEnd()).length - 1).toBe(1);
    expect(after).not.toMatch(/Stack trace|\n\s+at |MDXError/);

    site.write("content/talent.mdx", page);
    await logUntil(from + after.length, (l) =>
      /talent\.mdx(?:, \S+)* changed\. The facts check took \d+\.\d\d s: \d+ facts on 11 pages against 2 sources, no findings\./.test(
        l,
      ),
    );
  });

  it("answers a page with an error with the finding, and logs nothing more", async () => {
    const page = site.read("content/index.mdx");
    site.write("content/index.mdx", page.replace(">41%</Fact>", ">14%</Fact>"));
    await logUntil(0, (l) => l.includes("Unexpected figure `14%`"));
    const from = server.log.length;
    const response = await fetch(`${origin}/`);
    const body = await response.text();
    expect(response.status).toBe(500);
    expect(body).not.toContain('class="fact');
    expect(body).toContain("<title>number-not-in-quote · content/index.mdx:");
    expect(body).toContain("Unexpected figure `14%`, expected a number in the quote");
    await new Promise((r) => setTimeout(r, 500));
    // The terminal printed the finding when the file was saved; a request adds nothing.
    expect(server.log.slice(from)).not.toMatch(/14%|Stack trace|\n\s+at /);
    site.write("content/index.mdx", page);
    await logUntil(from, (l) => /index\.mdx changed\. .*no findings\./.test(l));
  });

  it("answers a source's page with its edition's error, the content pages still served", async () => {
    const edition = site.read("sources/back-office-hub/edition.txt");
    site.write(
      "sources/back-office-hub/edition.txt",
      edition.replace("mild weather", "fine weather"),
    );
    const from = server.log.length;
    await logUntil(from, (l) => l.includes("edition-undeclared-change"));
    const response = await fetch(`${origin}/sources/back-office-hub/`);
    expect(response.status).toBe(500);
    expect(await response.text()).toContain(
      "<title>edition-undeclared-change · sources/back-office-hub/edition.txt:",
    );
    expect((await fetch(`${origin}/talent/`)).status).toBe(200);
    site.write("sources/back-office-hub/edition.txt", edition);
    await logUntil(from, (l) => /edition\.txt changed\. .*no findings\./.test(l));
  });

  const overlay =
    "shows the overlay: the code in the title, the message once, the frame at the column, no stack trace";
  it(overlay, async () => {
    const page = site.read("content/index.mdx");
    site.write("content/index.mdx", page.replace(">41%</Fact>", ">14%</Fact>"));
    const from = server.log.length;
    await logUntil(from, (l) => l.includes("Unexpected figure `14%`"));
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await tab.goto(`${origin}/`);
      await tab.waitForSelector("vite-error-overlay", { timeout: 20_000 });
      const shown = await tab.evaluate(() => {
        const root = document.querySelector("vite-error-overlay")!.shadowRoot!;
        const text = (s: string) => root.querySelector(s)?.textContent?.trim() ?? "";
        const stack = root.querySelector<HTMLElement>("#stack")!;
        // Where the figure and the caret under it are drawn.
        const caret = root.querySelector(".error-caret")!;
        const line = caret.previousElementSibling!.firstChild!;
        const at = (node: Node, k: number) => {
          const range = document.createRange();
          range.setStart(node, k);
          range.setEnd(node, k + 1);
          return range.getBoundingClientRect();
        };
        const figure = at(line, line.textContent!.indexOf(">14%") + 1);
        const mark = at(caret.firstChild!, caret.textContent.indexOf("^"));
        const code = root.querySelector<HTMLElement>("#code-content .shiki")!;
        return {
          title: text("#title"),
          all: root.textContent ?? "",
          header: text("#code header h2"),
          stackShown: stack.offsetParent !== null,
          figureLeft: figure.left,
          caretLeft: mark.left,
          inView: figure.right <= code.getBoundingClientRect().right,
        };
      });
      expect(shown.title).toBe("number-not-in-quote: A number of the figure is not in the quote");
      const message = "Unexpected figure 14%, expected a number in the quote (41 per cent)";
      expect(shown.all.split(message).length - 1).toBe(1);
      expect(shown.header).toMatch(/^content\/index\.mdx:\d+:\d+$/);
      expect(shown.stackShown).toBe(false);
      expect(shown.all).not.toMatch(/node_modules|\bat \w+ \(/);
      expect(shown.caretLeft).toBe(shown.figureLeft);
      expect(shown.inView).toBe(true);
    } finally {
      await browser.close();
      site.write("content/index.mdx", page);
    }
    await logUntil(from, (l) => /index\.mdx changed\. .*no findings\./.test(l));
  });

  it("renders every page from the new check after an edit to another page it uses", async () => {
    // A page whose derived figure divides two callouts of content/industry.mdx.
    site.write(
      "content/elsewhere.mdx",
      `---\ntitle: Elsewhere\n---\n\nRevenue grew to <Derived formula="revenue-last-year / ` +
        `revenue-2010" round="0.1">2.5 times</Derived> its earlier level.\n`,
    );
    const elsewhere = `${origin}/elsewhere/`;
    const until = async (ok: (status: number, body: string) => boolean) => {
      for (let tries = 0; tries < 100; tries++) {
        const response = await fetch(elsewhere);
        const body = await response.text();
        if (ok(response.status, body)) return body;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`${elsewhere} never answered as expected:\n${server.log.slice(-3000)}`);
    };
    await until((status, body) => status === 200 && body.includes("2.5 times"));

    // Only industry.mdx changes, and only it is edited: its 2010 revenue now cites another figure,
    // so the figure on the other page is wrong, and that page (never requested since) says so.
    const industry = site.read("content/industry.mdx");
    const other =
      '<Fact id="revenue-2010" source="great-leap-forward" quote="the DLSP generated sales ' +
      'revenues of US$4.5 billion">US$4.5 billion</Fact>';
    const from = server.log.length;
    site.write(
      "content/industry.mdx",
      industry.replace(/<Fact id="revenue-2010"[^>]*>[^<]*<\/Fact>/, other),
    );
    await until((status) => status === 500);
    // The figure there is now wrong, or built on a callout now refused: either way, said there.
    await logUntil(from, (l) =>
      /content\/elsewhere\.mdx\n +\d+:\d+ +error .*(derived-result-wrong|input-refused)/.test(l),
    );

    site.write("content/industry.mdx", industry);
    await until((status, body) => status === 200 && body.includes("2.5 times"));
    site.write("content/elsewhere.mdx", "---\ntitle: Elsewhere\n---\n\nNothing here.\n");
  });

  it("serves a new source's page without a restart, after another source's page was served", async () => {
    expect((await fetch(`${origin}/sources/back-office-hub/`)).status).toBe(200);
    const dir = join(site.root, "sources/second-hub");
    mkdirSync(dir);
    for (const file of ["raw.txt", "edition.txt"])
      cpSync(join(site.root, "sources/back-office-hub", file), join(dir, file));
    site.write(
      "sources/second-hub/source.yaml",
      site.read("sources/back-office-hub/source.yaml").replace(/^id: .*$/m, "id: second-hub"),
    );
    let status = 0;
    for (let tries = 0; tries < 50 && status !== 200; tries++) {
      await new Promise((r) => setTimeout(r, 200));
      status = (await fetch(`${origin}/sources/second-hub/`)).status;
    }
    expect(status).toBe(200);
    expect((await fetch(`${origin}/sources/second-hub/raw/`)).status).toBe(200);
  });
});
