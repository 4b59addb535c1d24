/** The real sources: byte-exact, hashed, and their editions proved against the raw text. */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { loadSources } from "../src/facts/load.ts";
import { checkPages, newRun, prepareSources } from "../src/facts/run.ts";
import type { SourceFiles } from "../src/facts/sources/model.ts";

const files = await loadSources(process.cwd());
/** The seeds as handed to the project, with the sha256 their README records. */
const SEEDS: Record<string, { file: string; sha256: string }> = {
  "great-leap-forward": {
    file: "000_cfebf7878c78aa3a.txt",
    sha256: "d7b12bd4decba10fcd3312f473333655d7998e73dd165109c525f99b54e244ea",
  },
  "back-office-hub": {
    file: "003_05d4e8c396aac49c.txt",
    sha256: "631fa25f1901eea29e91d7fa1b7333ad6e7396c6faf5591cc32ded522a757322",
  },
};
const SEED_DIR = "../shared/seeds";

/** The sources' findings: an edition block's are reported once the pages (none here) are checked. */
function check(list: SourceFiles[]) {
  const run = newRun();
  const sources = prepareSources(list, run);
  checkPages([], sources, run);
  return { sources, findings: run.report.findings };
}

function tampered(id: string, change: Partial<SourceFiles>): SourceFiles[] {
  return files.map((f) => (f.id === id ? { ...f, ...change } : f));
}

describe("the sources", () => {
  it.each(Object.entries(SEEDS))("%s has the seed's sha256", (id, seed) => {
    const copy = readFileSync(`sources/${id}/raw.txt`);
    expect(createHash("sha256").update(copy).digest("hex")).toBe(seed.sha256);
  });

  // Where the seeds are beside the project (our machines and CI), compare bytes and the README's record too.
  it.runIf(existsSync(SEED_DIR)).each(Object.entries(SEEDS))(
    "%s is a byte-exact copy of the seed file",
    (id, seed) => {
      expect(
        readFileSync(`sources/${id}/raw.txt`).equals(readFileSync(`${SEED_DIR}/${seed.file}`)),
      ).toBe(true);
      expect(readFileSync(`${SEED_DIR}/README.md`, "utf8")).toContain(seed.sha256);
    },
  );

  it("check clean: metadata valid, hashes recorded, editions proved", () => {
    const { sources, findings } = check(files);
    expect(findings).toEqual([]);
    expect([...sources.values()].every((s) => s.meta !== null)).toBe(true);
  });

  it("every paragraph of each edition has a unique, stable anchor", () => {
    for (const source of check(files).sources.values()) {
      const anchors = source.blocks.map((b) => b.anchor);
      expect(new Set(anchors).size).toBe(anchors.length);
      for (const a of anchors) expect(a).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it("fails when a raw file changes by one byte", () => {
    const raw = files.find((f) => f.id === "back-office-hub")!.raw!;
    const changed = new Uint8Array(raw);
    changed[200] = changed[200]! ^ 1;
    const { findings } = check(tampered("back-office-hub", { raw: changed }));
    expect(findings.map((f) => f.code)).toContain("source-hash-mismatch");
    const hash = findings.find((f) => f.code === "source-hash-mismatch")!;
    expect(hash.file).toBe("sources/back-office-hub/source.yaml");
    expect(hash.line).toBe(
      readFileSync("sources/back-office-hub/source.yaml", "utf8")
        .split("\n")
        .findIndex((l) => l.includes("sha256:")) + 1,
    );
  });

  it("names an undeclared change in an edition, at its place", () => {
    const edition = files.find((f) => f.id === "great-leap-forward")!.editionText!;
    const wrong = edition.replace("of 135 billion renminbi", "of 136 billion renminbi");
    const { findings } = check(tampered("great-leap-forward", { editionText: wrong }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: "edition-undeclared-change",
      file: "sources/great-leap-forward/edition.txt",
    });
    expect(findings[0]!.message).toContain("`135` became `136`");
    const line = wrong.split("\n")[findings[0]!.line - 1]!;
    expect(line.slice(findings[0]!.column - 1)).toMatch(/^136 billion/);
  });

  it("names a dropped word and an added word", () => {
    const edition = files.find((f) => f.id === "back-office-hub")!.editionText!;
    const dropped = check(
      tampered("back-office-hub", { editionText: edition.replace("mild weather,", "weather,") }),
    ).findings;
    expect(dropped.map((f) => f.message)).toEqual([expect.stringContaining("`mild` was dropped")]);
    const added = check(
      tampered("back-office-hub", {
        editionText: edition.replace("mild weather,", "very mild weather,"),
      }),
    ).findings;
    expect(added.map((f) => f.message)).toEqual([expect.stringContaining("`very` was added")]);
  });

  it("reports a raw line left out of every block", () => {
    const edition = files.find((f) => f.id === "back-office-hub")!.editionText!;
    const header = edition.split("\n").find((l) => l.startsWith("@@ p01 "))!;
    const { findings } = check(
      tampered("back-office-hub", {
        editionText: edition.replace(header, header.replace(/ [\d,-]+$/, " 999")),
      }),
    );
    expect(findings.map((f) => f.code)).toContain("edition-line-unassigned");
    expect(findings.find((f) => f.file === "sources/back-office-hub/raw.txt")).toBeDefined();
  });

  it("ends a block at a blank line, and reports text outside any block", () => {
    const edition = files.find((f) => f.id === "back-office-hub")!.editionText!;
    const { findings } = check(
      tampered("back-office-hub", {
        editionText: edition.replace("mild weather,", "mild\n\nweather,"),
      }),
    );
    expect(findings.map((f) => f.code)).toContain("edition-malformed");
    expect(findings.find((f) => f.code === "edition-malformed")!.message).toContain(
      "outside a block",
    );
  });

  it("refuses raw line 0 and absurd ranges", () => {
    const edition = files.find((f) => f.id === "back-office-hub")!.editionText!;
    const header = edition.split("\n").find((l) => l.startsWith("@@ p01 "))!;
    for (const lines of ["0", "5-1", "1-99999999"]) {
      const { findings } = check(
        tampered("back-office-hub", {
          editionText: edition.replace(header, header.replace(/ [\d,-]+$/, ` ${lines}`)),
        }),
      );
      expect(
        findings.map((f) => f.code),
        lines,
      ).toContain("edition-malformed");
    }
  });

  it("reports metadata that breaks the schema, at the field", () => {
    const meta = files.find((f) => f.id === "back-office-hub")!.metaText!;
    const { findings } = check(
      tampered("back-office-hub", {
        metaText: meta.replace('published: "2017-07-16"', 'published: "16 July 2017"'),
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: "source-invalid-metadata",
      line: meta.split("\n").findIndex((l) => l.startsWith("published:")) + 1,
    });
    expect(findings[0]!.message).toContain("`published`");
  });
});
