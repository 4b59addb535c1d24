/**
 * The build checks the project on a thread of its own and decodes the result:
 * what arrives must be what the engine found, with the same shape the site
 * renders from, and a thread that cannot run must cost nothing but time.
 */
import { afterAll, describe, expect, it, vi } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serialize } from "node:v8";
import {
  checkProject,
  decodeResult,
  encodeResult,
  loadProject,
  type CheckResult,
} from "../src/facts/index.ts";
import { copyProject } from "./helpers/project-copy.ts";

const here = checkProject(await loadProject({ root: "." }));

/** What the site and the CLI read of a result, as plain data. */
function seen(result: CheckResult) {
  return {
    findings: result.report.findings,
    texts: [...result.report.texts],
    errors: result.report.errorCount,
    sources: [...result.sources],
    pages: result.pages,
    facts: result.facts,
    derived: result.derived,
  };
}

describe("a check's result as bytes", () => {
  it("decodes to what was encoded, the report included", () => {
    const decoded = decodeResult(encodeResult(here));
    expect(seen(decoded)).toEqual(seen(here));
    expect(decoded.facts.length).toBeGreaterThan(200);
  });

  it("carries each source file's text once: the report takes it back from the source", () => {
    const { report, ...rest } = here;
    const twice = serialize({
      ...rest,
      findings: report.findings,
      texts: [...report.texts],
    }).length;
    const sourceTexts = [...here.sources.values()].reduce(
      (n, s) => n + serialize(s.raw).length + serialize(s.files.editionText).length,
      0,
    );
    expect(encodeResult(here).length).toBeLessThan(twice - sourceTexts * 0.9);
  });

  it("keeps shared objects shared: a fact's source and a page's facts are the result's own", () => {
    const decoded = decodeResult(encodeResult(here));
    for (const fact of decoded.facts)
      if (fact.source) expect(fact.source).toBe(decoded.sources.get(fact.source.id));
    expect(decoded.pages.flatMap((p) => p.facts)).toEqual(decoded.facts);
    decoded.pages.flatMap((p) => p.facts).forEach((f, k) => expect(f).toBe(decoded.facts[k]));
  });

  it("keeps the findings of a wrong figure, and the report still places new ones", async () => {
    const copy = copyProject();
    try {
      copy.write(
        "content/index.mdx",
        copy.read("content/index.mdx").replace(">41%</Fact>", ">14%</Fact>"),
      );
      const wrong = checkProject(await loadProject({ root: copy.root }));
      const decoded = decodeResult(encodeResult(wrong));
      expect(decoded.report.errorCount).toBe(wrong.report.errorCount);
      expect(decoded.report.errorCount).toBeGreaterThan(0);
      expect(decoded.report.findings).toEqual(wrong.report.findings);
      expect(decoded.report.findings.map((f) => f.code)).toContain("number-not-in-quote");
      const second = wrong.report.texts.get("content/index.mdx")!.indexOf("\n") + 1;
      decoded.report.report({
        code: "x",
        file: "content/index.mdx",
        offset: second,
        message: "a new finding",
      });
      expect(decoded.report.findings.at(-1)).toMatchObject({
        file: "content/index.mdx",
        line: 2,
        column: 1,
      });
    } finally {
      copy.remove();
    }
  });
});

describe("checking on a thread of its own", () => {
  const KEY = Symbol.for("dalian-facts/check-thread");
  /** Forgets the process's check thread, as a new process would start without one. */
  async function freshProcess(): Promise<void> {
    const state = (
      globalThis as { [KEY]?: { thread: { worker: { terminate(): Promise<number> } } | null } }
    )[KEY];
    delete (globalThis as { [KEY]?: unknown })[KEY];
    await state?.thread?.worker.terminate();
  }
  afterAll(freshProcess);

  it("finds what the engine finds here, and says it ran on the thread", async () => {
    await freshProcess();
    const { checkOnThread } = await import("../src/integration/check-thread.ts");
    const { result, thread, fallback, hereMs } = await checkOnThread(process.cwd(), 2);
    expect(fallback).toBeNull();
    expect(thread!.ms).toBeGreaterThan(0);
    expect(hereMs).toBeGreaterThan(0);
    expect(seen(result)).toEqual(seen(here));
  });

  it(
    "serves one check after another on the same thread, from every copy of the " +
      "module, each with its own answer",
    async () => {
      await freshProcess();
      const copy = copyProject();
      try {
        copy.write(
          "content/index.mdx",
          copy.read("content/index.mdx").replace(">41%</Fact>", ">14%</Fact>"),
        );
        const first = await (
          await import("../src/integration/check-thread.ts")
        ).checkOnThread(process.cwd(), 1);
        // Astro loads the config and the pages as separate module graphs: the pages' copy must find
        // the same thread, idle now.
        vi.resetModules();
        const second = await (
          await import("../src/integration/check-thread.ts")
        ).checkOnThread(copy.root, 1);
        expect(first.result.report.errorCount).toBe(0);
        expect(second.result.report.findings.map((f) => f.code)).toContain("number-not-in-quote");
        expect(first.thread).not.toBeNull();
        expect(second.thread?.id).toBe(first.thread?.id);
      } finally {
        copy.remove();
      }
    },
  );

  it("rejects with the engine's error when the project cannot be read", async () => {
    const { checkOnThread } = await import("../src/integration/check-thread.ts");
    const dir = mkdtempSync(join(tmpdir(), "facts-"));
    try {
      // `sources` is a file, not a folder: loading the project fails, and says why.
      writeFileSync(join(dir, "sources"), "not a folder");
      await expect(checkOnThread(dir, 1)).rejects.toThrow(/ENOTDIR/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("checks here when the thread cannot start, with the same result, and says why", async () => {
    await freshProcess();
    const { checkOnThread } = await import("../src/integration/check-thread.ts");
    const { result, thread, fallback } = await checkOnThread(process.cwd(), 1, {
      worker: new URL("./no-such-worker.ts", import.meta.url),
    });
    expect(thread).toBeNull();
    expect(fallback).toMatch(/check thread/);
    expect(seen(result)).toEqual(seen(here));
  });
});
