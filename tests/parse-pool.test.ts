/** `npm run check` parses a large project on every core, with the same result as one thread. */
import { describe, expect, it } from "vitest";
import { checkProject, loadProject } from "../src/facts/index.ts";
import { checkProjectInParallel, parsePages, workerCount } from "../scripts/lib/parse-pool.ts";

const real = await loadProject({ root: process.cwd() });
// Enough pages for two workers: the real pages, each under seven names, one of them wrong.
const pages = Array.from({ length: 7 }, (_, copy) =>
  real.pages.map((p) => ({
    path: p.path.replace(/\.mdx$/, `-${copy}.mdx`),
    text: copy === 3 ? p.text.replace(">41%</Fact>", ">14%</Fact>") : p.text,
  })),
).flat();
// The log names the real pages, which these copies rename: every entry's page is unknown.
const files = { sources: real.sources, pages, corrections: real.corrections ?? null };

describe("the parsing pool", () => {
  it("uses workers only where there are pages enough for them", () => {
    expect(workerCount(11, 2)).toBe(0);
    expect(workerCount(pages.length, 2)).toBe(1);
    expect(workerCount(pages.length, 8)).toBe(1);
    expect(workerCount(1000, 8)).toBe(7);
  });

  it("finds exactly what one thread finds, right and wrong figures alike", async () => {
    const alone = checkProject(files);
    const pooled = await checkProjectInParallel(files, 3);
    expect(alone.report.findings.length).toBeGreaterThan(0);
    expect(pooled.report.findings.map((f) => f.code)).toContain("correction-unknown-page");
    expect(pooled.report.findings).toEqual(alone.report.findings);
    expect(pooled.facts.map((f) => [f.file, f.id, f.fact.text])).toEqual(
      alone.facts.map((f) => [f.file, f.id, f.fact.text]),
    );
  });

  it("checks the corrections log, with workers or without", async () => {
    const few = { ...files, pages: real.pages.slice(0, 2) };
    expect(workerCount(few.pages.length, 2)).toBe(0);
    for (const project of [few, files]) {
      const codes = (await checkProjectInParallel(project, 2)).report.findings.map((f) => f.code);
      expect(codes).toEqual(checkProject(project).report.findings.map((f) => f.code));
      expect(codes).toContain("correction-unknown-page");
    }
  });

  it("checks again, as often as asked, with the workers the last check kept", async () => {
    const first = await checkProjectInParallel(files, 2);
    const again = await checkProjectInParallel(files, 2);
    expect(again.report.findings).toEqual(first.report.findings);
    expect(again.facts.length).toBe(first.facts.length);
  });

  it("says so when a worker fails, instead of waiting or checking fewer pages", async () => {
    const failing = new URL("./helpers/failing-parse-worker.ts", import.meta.url);
    await expect(
      parsePages(
        pages.map((p) => p.text),
        1,
        failing,
      ),
    ).rejects.toThrow(/A page-parsing worker failed: .*a bug in the parser/s);
  });
});
