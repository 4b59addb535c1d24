import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main, type Io } from "../scripts/lib/check-cli.ts";
import { copyProject } from "./helpers/project-copy.ts";

function run(argv: string[], options: { cwd?: string; stdin?: string } = {}) {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: async () => options.stdin ?? "",
    cwd: options.cwd ?? process.cwd(),
  };
  return main(argv, io).then((code) => ({ code, stdout, stderr }));
}

const broken = copyProject();
const page = broken
  .read("content/index.mdx")
  .replace(">US$8.65 billion in 2010</Fact>", ">US$8.56 billion in 2010</Fact>");
broken.write("content/index.mdx", page);
afterAll(() => broken.remove());

describe("npm run check", () => {
  it("exits 0 on the real project and says what it checked", async () => {
    const { code, stdout } = await run([]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /Checked \d+ facts on \d+ pages against 2 sources: quotes anchored \d+ exact, \d+ after normalisation, 0 failed; 0 uncited numbers; \d+ opt-outs?/,
    );
  });

  it("exits 1 on a wrong figure and names file, line, column, code and the quote's numbers", async () => {
    const { code, stdout } = await run(["--root", broken.root]);
    expect(code).toBe(1);
    const line = page.split("\n").findIndex((l) => l.includes("US$8.56")) + 1;
    expect(stdout).toContain("content/index.mdx");
    expect(stdout).toMatch(
      new RegExp(
        `  ${line}:\\d+  error  Unexpected figure \`US\\$8.56 billion\`, expected a ` +
          `number in the quote \\(\`US\\$8.65 billion\`, \`2010\`\\)  number-not-in-quote`,
      ),
    );
    expect(stdout).toContain("^~~~~~~~~~~~~~~"); // the frame underlines the figure
  });

  it("fails when a page is deleted, naming each link to it at its line and column", async () => {
    const site = copyProject();
    try {
      rmSync(join(site.root, "content/outlook.mdx"));
      const { code, stdout } = await run(["--root", site.root]);
      expect(code).toBe(1);
      const links = ["content/index.mdx", "content/markets.mdx"].flatMap((file) =>
        site
          .read(file)
          .split("\n")
          .flatMap((text, k) =>
            [...text.matchAll(/\(\/outlook\/\)/g)].map((m) => `${file}:${k + 1}:${m.index + 2}`),
          ),
      );
      expect(links.length).toBeGreaterThanOrEqual(2);
      const reported = [
        ...stdout.matchAll(
          /^(content\/\S+)$|^ {2}(\d+:\d+) {2}error {2}Unexpected link to `\/outlook\/`/gm,
        ),
      ];
      let file = "";
      const places: string[] = [];
      for (const [, name, place] of reported) {
        if (name) file = name;
        else places.push(`${file}:${place}`);
      }
      expect(places).toEqual(links);
      // The corrections log names the page too, once for each of its entries.
      const entries = site.read("content/corrections.yaml").match(/page: content\/outlook\.mdx/g);
      expect(stdout.match(/correction-unknown-page$/gm)).toHaveLength(entries?.length ?? 0);
      expect(stdout).not.toContain("Did you mean");
    } finally {
      site.remove();
    }
  });

  it("prints only a JSON array with --format json", async () => {
    const { code, stdout } = await run(["--root", broken.root, "--format", "json"]);
    expect(code).toBe(1);
    const findings = JSON.parse(stdout) as Record<string, unknown>[];
    expect(findings).toHaveLength(1);
    expect(Object.keys(findings[0]!)).toEqual(
      expect.arrayContaining(["file", "line", "column", "code", "severity", "message"]),
    );
    expect(findings[0]).toMatchObject({
      file: "content/index.mdx",
      code: "number-not-in-quote",
      severity: "error",
    });
  });

  it("prints GitHub annotations with --format github", async () => {
    const { stdout } = await run(["--root", broken.root, "--format", "github"]);
    expect(stdout).toMatch(
      /^::error file=content\/index.mdx,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=number-not-in-quote::Unexpected figure/,
    );
  });

  it("exits 2 on bad usage", async () => {
    expect((await run(["--format", "xml"])).code).toBe(2);
    expect((await run(["--format", "toString"])).code).toBe(2);
    expect((await run(["--nope"])).code).toBe(2);
    expect((await run(["frobnicate"])).code).toBe(2);
    const missing = await run(["--root", "/nonexistent-folder"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/No sources found/);
    const noPages = copyProject();
    try {
      rmSync(join(noPages.root, "content"), { recursive: true });
      const result = await run(["--root", noPages.root]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/No pages found/);
    } finally {
      noPages.remove();
    }
  });

  it("lists every number of each source with --coverage", async () => {
    const { stdout } = await run(["--coverage"]);
    expect(stdout).toMatch(/great-leap-forward: \d+ of \d+ cited/);
    expect(stdout).toMatch(/cited\s+p05\s+US\$21.7 billion/);
    expect(stdout).toMatch(/exempt \(layout notes and placeholders are not content\): `2013-16`/);
  });

  it("lists with --coverage the passages whose numbers no fact cites", async () => {
    const site = copyProject();
    try {
      site.write(
        "content/innovation.mdx",
        "---\ntitle: Innovation and intellectual property\norder: 5\n---\n\nNothing yet.\n",
      );
      const { stdout } = await run(["--coverage", "--root", site.root]);
      expect(stdout).toContain("passages with numbers no fact cites");
      expect(stdout).toMatch(/^ {4}p36 +`36 per cent`: According to the Dalian Bureau/m);
      // The real content cites every number: no such list.
      expect((await run(["--coverage"])).stdout).not.toContain("passages with numbers");
    } finally {
      site.remove();
    }
  });

  it("reads standard input with `numbers` and prints what the check reads", async () => {
    const { code, stdout } = await run(["numbers"], {
      stdin: "nearly 1000 firms earned US$21.7 billion, one quarter of GDP, in 2013-16",
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      {
        text: "nearly 1000",
        start: 0,
        end: 11,
        value: 1000,
        kind: "cardinal",
        unit: null,
        qualifier: "nearly",
        relation: "near-below",
      },
      {
        text: "US$21.7 billion",
        start: 25,
        end: 40,
        value: 21700000000,
        kind: "money",
        unit: "USD",
        qualifier: null,
      },
      {
        text: "one quarter",
        start: 42,
        end: 53,
        value: 0.25,
        kind: "fraction",
        unit: null,
        qualifier: null,
      },
      {
        text: "2013-16",
        start: 65,
        end: 72,
        value: 2013,
        to: 2016,
        kind: "year",
        unit: null,
        qualifier: null,
      },
    ]);
  });

  it("sets the exit code when run as a script", () => {
    const ok = spawnSync(process.execPath, ["scripts/check.ts"], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    const bad = spawnSync(
      process.execPath,
      ["scripts/check.ts", "--root", broken.root, "--format", "json"],
      { encoding: "utf8" },
    );
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout)).toHaveLength(1);
  });
});

describe("npm run check -- --watch", () => {
  it("checks again on save and prints only what changed", async () => {
    const site = copyProject();
    const stop = new AbortController();
    let stdout = "";
    const waitFor = async (pattern: RegExp) => {
      for (let tries = 0; tries < 100 && !pattern.test(stdout); tries++)
        await new Promise((r) => setTimeout(r, 100));
      expect(stdout).toMatch(pattern);
    };
    try {
      const watching = main(["--watch", "--root", site.root], {
        stdout: (t) => void (stdout += t),
        stderr: () => {},
        stdin: async () => "",
        cwd: process.cwd(),
        signal: stop.signal,
      });
      await waitFor(/facts checked: clean\. Watching/);
      const page = site.read("content/index.mdx");
      site.write("content/index.mdx", page.replace(">41%</Fact>", ">14%</Fact>"));
      await waitFor(/Unexpected figure `14%`[\s\S]*1 error\. Watching/);
      expect(stdout.match(/ {2}error {2}/g)).toHaveLength(1); // only the new finding is printed
      stdout = "";
      site.write("content/index.mdx", page);
      await waitFor(
        /^fixed {2}content\/index\.mdx:\d+:\d+ {2}number-not-in-quote\n.*clean\. Watching/m,
      );
      expect(stdout).not.toContain("Unexpected");
      stop.abort();
      expect(await watching).toBe(0);
    } finally {
      stop.abort();
      site.remove();
    }
  });

  it("follows a save by rename (an editor's atomic save, `sed -i`) and the in-place writes after it", async () => {
    const site = copyProject();
    const stop = new AbortController();
    let stdout = "";
    /** Seconds until `pattern` shows in the output, which must be soon: the check takes well under one. */
    const seconds = async (pattern: RegExp): Promise<number> => {
      const started = performance.now();
      for (let tries = 0; tries < 100 && !pattern.test(stdout); tries++)
        await new Promise((r) => setTimeout(r, 50));
      expect(stdout).toMatch(pattern);
      return (performance.now() - started) / 1000;
    };
    const file = join(site.root, "content/index.mdx");
    const page = site.read("content/index.mdx");
    const wrong = page.replace(">41%</Fact>", ">14%</Fact>");
    const renameSave = (text: string) => {
      writeFileSync(`${file}.tmp`, text);
      renameSync(`${file}.tmp`, file);
    };
    try {
      const watching = main(["--watch", "--root", site.root], {
        stdout: (t) => void (stdout += t),
        stderr: () => {},
        stdin: async () => "",
        cwd: process.cwd(),
        signal: stop.signal,
      });
      await seconds(/facts checked: clean\. Watching/);
      const took: number[] = [];
      for (const [save, text, pattern] of [
        [renameSave, wrong, /Unexpected figure `14%`[\s\S]*1 error\. Watching/],
        [
          (t: string) => writeFileSync(file, t),
          page,
          /^fixed .*number-not-in-quote\n.*clean\. Watching/m,
        ],
        [
          (t: string) => writeFileSync(file, t),
          wrong,
          /Unexpected figure `14%`[\s\S]*1 error\. Watching/,
        ],
        [renameSave, page, /^fixed .*number-not-in-quote\n.*clean\. Watching/m],
      ] as const) {
        stdout = "";
        save(text);
        took.push(await seconds(pattern));
      }
      // Each save is reported, and promptly (Node's recursive watcher missed the in-place writes
      // after a rename-save for 6-8 s, or for good).
      for (const t of took) expect(t).toBeLessThan(3);
      stop.abort();
      expect(await watching).toBe(0);
    } finally {
      stop.abort();
      site.remove();
    }
  });
});
