/**
 * Every finding code is documented, and its examples do what the docs say: the wrong one produces
 * it, the right one passes.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import {
  CHART_CHECKS,
  DERIVED_CHECKS,
  FACT_CHECKS,
  PAGE_CHECKS,
  SITE_CHECKS,
} from "../src/facts/checks/index.ts";
import { CORRECTION_CODES } from "../src/facts/corrections/index.ts";
import {
  CODE_DOCS,
  checkProject,
  loadPages,
  loadSources,
  type CodeDoc,
} from "../src/facts/index.ts";

const sources = await loadSources(process.cwd());
const pages = await loadPages(process.cwd());
const SOURCE_CODES = [
  "source-file-missing",
  "source-invalid-metadata",
  "source-hash-mismatch",
  "edition-malformed",
  "edition-undeclared-change",
  "edition-line-unassigned",
  "edition-line-reused",
  "edition-change-not-found",
  "mdx-malformed",
];
const ALL_CODES = [
  ...new Set(
    [...FACT_CHECKS, ...PAGE_CHECKS, ...DERIVED_CHECKS, ...CHART_CHECKS, ...SITE_CHECKS]
      .flatMap((c) => c.codes)
      .concat(SOURCE_CODES, CORRECTION_CODES),
  ),
];

/** The codes an example produces: a page's MDX, or the text of the file it names. */
function codesOf(example: string, doc: CodeDoc): string[] {
  if (doc.file === "content/corrections.yaml") {
    // A correction names a page: the real ones, which are clean.
    const result = checkProject({ sources, pages, corrections: { path: doc.file, text: example } });
    return result.report.findings.map((f) => f.code);
  }
  expect(doc.file, "an example's file that the test knows how to check").toBeUndefined();
  return codesOfPage(example);
}

function codesOfPage(mdx: string): string[] {
  const result = checkProject({
    sources,
    pages: [{ path: "content/example.mdx", text: `---\ntitle: Example\n---\n\n${mdx}\n` }],
  });
  return result.report.findings.map((f) => f.code);
}

describe("finding codes", () => {
  it("each has a documentation entry", () => {
    for (const code of ALL_CODES) expect(CODE_DOCS, code).toHaveProperty(code);
    expect(Object.keys(CODE_DOCS).sort()).toEqual([...ALL_CODES].sort());
  });

  const examples = Object.entries(CODE_DOCS).filter(([, doc]) => doc.wrong !== undefined);
  it.each(examples)("%s: the wrong example produces it, the right one passes", (code, doc) => {
    expect(codesOf(doc.wrong!, doc)).toContain(code);
    expect(codesOf(doc.right!, doc)).toEqual([]);
  });

  it("every finding carries the address of its page", () => {
    const result = checkProject({
      sources,
      pages: [{ path: "content/example.mdx", text: "The park has 650 firms.\n" }],
    });
    expect(result.report.findings[0]).toMatchObject({
      code: "uncited-number",
      url: "/method/uncited-number/",
    });
  });

  it("the README's table lists every code", () => {
    const readme = readFileSync("README.md", "utf8");
    const table = readme.slice(readme.indexOf("### Finding codes"), readme.indexOf("## Speed"));
    for (const code of ALL_CODES) expect(table, code).toContain(`\`${code}\``);
  });
});
