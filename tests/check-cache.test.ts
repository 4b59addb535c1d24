/** `npm run check -- --cache`: a second run over unchanged files says what the first said, and a change is seen. */
import { afterAll, describe, expect, it } from "vitest";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main, type Io } from "../scripts/lib/check-cli.ts";
import { readExtractions } from "../scripts/lib/check-cache.ts";
import { copyProject } from "./helpers/project-copy.ts";

const site = copyProject();
afterAll(() => site.remove());
const CACHE = join(site.root, ".astro/cache/facts-check");

function run(argv: string[]) {
  let stdout = "";
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stdout += t),
    stdin: async () => "",
    cwd: site.root,
  };
  return main(["--cache", ...argv], io).then((code) => ({ code, stdout }));
}

describe("the check's cache", () => {
  it("prints the same findings from the cache as from the check, in every format", async () => {
    const page = site.read("content/index.mdx");
    site.write("content/index.mdx", page.replace(">41%</Fact>", ">14%</Fact>"));
    for (const format of ["stylish", "json", "github"]) {
      const first = await run(["--format", format]);
      expect(existsSync(join(CACHE, "run.bin"))).toBe(true);
      const second = await run(["--format", format]);
      expect(first.code).toBe(1);
      expect(second).toEqual(first);
    }
    expect(readExtractions(site.root).size).toBe(11);
    site.write("content/index.mdx", page);
  });

  it("checks again what changed: a page, a source, and never serves a stale verdict", async () => {
    expect((await run([])).code).toBe(0);
    const page = site.read("content/talent.mdx");
    site.write("content/talent.mdx", page.replace(/>(\d)/, ">9$1"));
    const wrong = await run([]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain("content/talent.mdx");
    site.write("content/talent.mdx", page);
    expect((await run([])).code).toBe(0);
    const edition = site.read("sources/great-leap-forward/edition.txt");
    site.write(
      "sources/great-leap-forward/edition.txt",
      edition.replace("nearly 1000", "nearly 1001"),
    );
    expect((await run([])).code).toBe(1);
    site.write("sources/great-leap-forward/edition.txt", edition);
    expect((await run([])).code).toBe(0);
  });

  it("rebuilds a cache it cannot read", async () => {
    writeFileSync(join(CACHE, "run.bin"), "not a cache");
    writeFileSync(join(CACHE, "pages.bin"), "");
    expect((await run([])).code).toBe(0);
    expect(readExtractions(site.root).size).toBe(11);
  });
});
