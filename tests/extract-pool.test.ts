/**
 * Step 2 on worker threads: the check gives the same result with any number
 * of threads, workers really take a share of the pages, serve one check after
 * another (started ahead or not), and the pool does without them when none
 * can start.
 */
import { afterAll, describe, expect, it } from "vitest";
import { setTimeout as sleep } from "node:timers/promises";
import { checkProject, loadProject, type CheckResult, type PageFile } from "../src/facts/index.ts";
import { ExtractionPool, MIN_PAGES_PER_WORKER } from "../src/facts/mdx/extract-pool.ts";
import { extractPageText } from "../src/facts/mdx/page-extraction.ts";
import {
  returnWorkers,
  startExtractionWorkers,
  stopExtractionWorkers,
  takeWorkers,
  WORKER_MODULE,
} from "../src/facts/mdx/extract-workers.ts";

const real = await loadProject({ root: process.cwd() });

/** Enough pages for workers: the real ones many times over, with wrong figures and broken MDX among them. */
function manyPages(copies: number): PageFile[] {
  const pages: PageFile[] = [];
  for (let c = 0; c < copies; c++) {
    for (const page of real.pages) {
      let text = page.text;
      if (c % 3 === 1)
        text = text.replace(
          />(\D*)(\d)/,
          (_, pre: string, d: string) => `>${pre}${(Number(d) + 1) % 10}`,
        ); // a wrong figure
      if (c % 5 === 4) text += '\n\n<Fact source="great-leap-forward" quote="unclosed">12\n'; // MDX that does not parse
      pages.push({ path: page.path.replace(/^content\//, `content/copy-${c}/`), text });
    }
  }
  return pages;
}

/** What a reader of the result sees: every finding, and each fact's verdicts. */
function outcome(result: CheckResult) {
  return {
    findings: result.report.findings,
    facts: result.facts.map((f) => ({
      file: f.file,
      id: f.id,
      passage: f.location?.passage?.anchor ?? null,
      numbers: f.numbers.map((n) => n.verdict),
    })),
    derived: result.derived.map((d) => ({
      file: d.file,
      id: d.id,
      result: d.result,
      verdict: d.verdict,
    })),
  };
}

afterAll(() => stopExtractionWorkers());

describe("the check on several threads", () => {
  const files = {
    sources: real.sources,
    pages: manyPages(Math.ceil((3 * MIN_PAGES_PER_WORKER) / real.pages.length)),
  };

  it("finds exactly what one thread finds, right and wrong figures alike", () => {
    const one = checkProject(files, { threads: 1 });
    expect(one.report.findings.length).toBeGreaterThan(10);
    expect(one.report.findings.map((f) => f.code)).toContain("mdx-malformed");
    expect(one.report.findings.map((f) => f.code)).toContain("number-not-in-quote");
    for (const threads of [2, 3])
      expect(outcome(checkProject(files, { threads }))).toEqual(outcome(one));
  });

  it("lets workers extract pages while the main thread is busy, in page order", async () => {
    const texts = files.pages.map((p) => p.text);
    const pool = new ExtractionPool(texts, 2);
    await sleep(3000); // the main thread does something else; the worker goes on alone
    const taken = texts.map((_, k) => pool.take(k));
    pool.close();
    expect(pool.stats.byWorkers).toBeGreaterThan(0);
    expect(taken).toEqual(texts.map(extractPageText));
  });

  it("uses workers started ahead, and hands them from one check to the next without mixing their pages", async () => {
    await stopExtractionWorkers();
    expect(startExtractionWorkers(1)).toBe(true);
    const [started] = takeWorkers(1, WORKER_MODULE);
    returnWorkers([started!], WORKER_MODULE);
    await sleep(2000); // the worker loads the parser while nothing asks for it
    const texts = files.pages.map((p) => p.text);
    // A first check that stops early: its worker is still on a chunk when the pool closes, and posts it late.
    const first = new ExtractionPool(texts, 2);
    first.take(0);
    first.close();
    // The next check, on other pages, gets the same worker back and only its own pages' extractions.
    const other = texts.slice().reverse();
    const second = new ExtractionPool(other, 2);
    await sleep(1000);
    const taken = other.map((_, k) => second.take(k));
    second.close();
    expect(second.stats.byWorkers).toBeGreaterThan(0);
    expect(taken).toEqual(other.map(extractPageText));
    // The worker started ahead served both checks: it went back to the idle list each time.
    const [after] = takeWorkers(1, WORKER_MODULE);
    expect(after!.worker.threadId).toBe(started!.worker.threadId);
    returnWorkers([after!], WORKER_MODULE);
  });

  it("extracts every page itself when no worker can start", () => {
    const texts = files.pages.map((p) => p.text);
    const pool = new ExtractionPool(texts, 2, {
      worker: new URL("./no-such-worker.ts", import.meta.url),
    });
    const taken = texts.map((_, k) => pool.take(k));
    pool.close();
    expect(pool.stats.byWorkers).toBe(0);
    expect(taken).toEqual(texts.map(extractPageText));
  });

  it("starts no worker for a small site", () => {
    const pool = new ExtractionPool(
      real.pages.map((p) => p.text),
      8,
    );
    real.pages.forEach((_, k) => pool.take(k));
    pool.close();
    expect(pool.stats.byWorkers).toBe(0);
  });
});
