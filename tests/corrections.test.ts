/**
 * The corrections log (`content/corrections.yaml`): the check refuses an entry that names no page,
 * with its file, line and column, accepts one that names a page, and reads the project's own log
 * clean.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { checkProject, loadProject, type Finding } from "../src/facts/index.ts";
import { correctionSchema } from "../src/facts/schemas/correction.ts";

const LOG = "content/corrections.yaml";
const PAGES = [
  { path: "content/index.mdx", text: "---\ntitle: At a glance\n---\n\nNo figure here.\n" },
  { path: "content/software-parks.mdx", text: "---\ntitle: Software parks\n---\n\nNone.\n" },
];

function entry(fields: Record<string, string>): string {
  const all = {
    id: "wong-hedge",
    date: "2026-12-01",
    page: "content/software-parks.mdx",
    kind: "clarification",
    said: "following in the footsteps of Stanford University",
    says: "I guess you could say we are following in the footsteps of Stanford University",
    why: "The page dropped the hedge.",
    ...fields,
  };
  return Object.entries(all)
    .map(([k, v], i) => `${i === 0 ? "- " : "  "}${k}: ${v}`)
    .join("\n");
}

function findings(log: string): Finding[] {
  return checkProject({ sources: [], pages: PAGES, corrections: { path: LOG, text: `${log}\n` } })
    .report.findings;
}

describe("a correction's page", () => {
  it("is refused, where the log names it, when no page has that file", () => {
    const log = `# one entry\n${entry({ page: "content/software-park.mdx" })}`;
    expect(findings(log)).toEqual([
      expect.objectContaining({
        file: LOG,
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 34,
        code: "correction-unknown-page",
        severity: "error",
        message:
          "Unexpected page `content/software-park.mdx` in correction `wong-hedge`, expected the " +
          "file of a page of the site, such as `content/software-parks.mdx`",
        hint: expect.stringContaining("Did you mean `content/software-parks.mdx`?"),
        url: "/method/correction-unknown-page/",
      }),
    ]);
  });

  it("is accepted when a page has that file", () => {
    expect(findings(`# one entry\n${entry({})}`)).toEqual([]);
    expect(findings(entry({ page: "content/index.mdx" }))).toEqual([]);
  });

  it("is refused when it names a page by its address rather than its file", () => {
    expect(findings(entry({ page: "/software-parks/" })).map((f) => f.code)).toEqual([
      "correction-invalid",
    ]);
  });
});

describe("the log", () => {
  it("refuses a malformed entry where it stands, and still checks the others", () => {
    const log = [
      entry({ date: "1 December 2026" }),
      entry({ id: "second", page: "content/nowhere.mdx" }),
    ].join("\n");
    expect(findings(log).map(({ line, column, code }) => ({ line, column, code }))).toEqual([
      { line: 2, column: 9, code: "correction-invalid" },
      { line: 10, column: 9, code: "correction-unknown-page" },
    ]);
  });

  it("refuses a second entry with the same id, pointing at the first", () => {
    const [finding, ...rest] = findings([entry({}), entry({})].join("\n"));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      code: "correction-duplicate-id",
      line: 8,
      column: 7,
      related: [{ file: LOG, line: 1, column: 7 }],
    });
  });

  it("may be absent or empty: a project with no correction has nothing to check", () => {
    expect(checkProject({ sources: [], pages: PAGES }).report.findings).toEqual([]);
    expect(findings("# No correction yet.")).toEqual([]);
  });

  it("refuses YAML that is not a list of entries", () => {
    expect(findings("id: wong-hedge").map((f) => f.code)).toEqual(["correction-invalid"]);
  });
});

describe("the project's own log", () => {
  it("has the shape CONTRIBUTING.md shows: its example entry is accepted", () => {
    const guide = readFileSync("CONTRIBUTING.md", "utf8");
    const section = guide.slice(guide.indexOf("## Add a correction"));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)![1]!.replace(/^ {3}/gm, "");
    expect(findings(example)).toEqual([]);
    expect(parse(example)).toHaveLength(1);
  });

  it("is clean, and every entry is valid against the schema the site's collection uses", async () => {
    const result = checkProject(await loadProject({ root: process.cwd() }));
    expect(result.report.findings.filter((f) => f.file === LOG)).toEqual([]);
    const entries = parse(readFileSync(LOG, "utf8")) as unknown[];
    expect(entries.length).toBeGreaterThanOrEqual(8);
    for (const e of entries) expect(correctionSchema.safeParse(e).success).toBe(true);
  });
});
