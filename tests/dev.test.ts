/** `astro dev` shows a finding instead of a page that lies. */
import { afterAll, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { join } from "node:path";
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

it("serves a fact added while the server runs, with its passage link", async () => {
  await startDev(port);
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
    body = await (await fetch(`http://127.0.0.1:${port}/`)).text();
  }
  expect(body).toContain("in software skills programs across 22 universities");
  site.write("content/index.mdx", page);
});

it("answers with the finding, placed in the file, not with the page", async () => {
  const page = site.read("content/index.mdx");
  site.write("content/index.mdx", page.replace(">41%</Fact>", ">14%</Fact>"));
  // The server needs a moment to see the edit; until then it may still serve the page as it was.
  let response = await fetch(`http://127.0.0.1:${port}/`);
  for (let tries = 0; response.status !== 500 && tries < 50; tries++) {
    await new Promise((r) => setTimeout(r, 200));
    response = await fetch(`http://127.0.0.1:${port}/`);
  }
  const body = await response.text();
  expect(response.status).toBe(500);
  expect(body).not.toContain('class="fact');
  expect(server.log).toContain(
    "Unexpected figure `14%`, expected a number in the quote (`41 per cent`) (number-not-in-quote)",
  );
  expect(server.log).toMatch(/content\/index\.mdx:\d+:\d+/);
  site.write("content/index.mdx", page);
});

it("renders every page from the new check after an edit to another page it uses", async () => {
  // A page whose derived figure divides two callouts of content/industry.mdx.
  site.write(
    "content/elsewhere.mdx",
    `---\ntitle: Elsewhere\n---\n\nRevenue grew to <Derived formula="revenue-last-year / ` +
      `revenue-2010" round="0.1">2.5 times</Derived> its earlier level.\n`,
  );
  const elsewhere = `http://127.0.0.1:${port}/elsewhere/`;
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
  site.write(
    "content/industry.mdx",
    industry.replace(/<Fact id="revenue-2010"[^>]*>[^<]*<\/Fact>/, other),
  );
  await until((status) => status === 500);
  for (let tries = 0; tries < 50 && !/elsewhere\.mdx\n\s+\d+:\d+ +error/.test(server.log); tries++)
    await new Promise((r) => setTimeout(r, 100));
  expect(server.log).toMatch(/content\/elsewhere\.mdx\n +\d+:\d+ +error .*derived-result-wrong/);

  site.write("content/industry.mdx", industry);
  await until((status, body) => status === 200 && body.includes("2.5 times"));
});
