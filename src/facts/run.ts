/**
 * The facts engine's runner. Reads as its steps: prepare sources, extract
 * facts, resolve quotes and numbers, run the checks, then recompute the
 * derived figures and check the charts against the whole site's callouts.
 * It reports through a `Report`; printing and exit codes belong to the caller.
 */
import type { Root } from "mdast";
import { Report } from "./diagnostics.ts";
import { extractPage, type ExtractedPage } from "./mdx/extract.ts";
import { ExtractionPool } from "./mdx/extract-pool.ts";
import type { PageExtraction } from "./mdx/page-extraction.ts";
import { resolveFacts, type FactResult } from "./resolve.ts";
import { prepareSource } from "./sources/prepare.ts";
import type { Source, SourceFiles } from "./sources/model.ts";
import { resolveDerived, type DerivedResult } from "./derived/resolve.ts";
import {
  CHART_CHECKS,
  DERIVED_CHECKS,
  FACT_CHECKS,
  PAGE_CHECKS,
  type Environment,
  type PageResult,
} from "./checks/index.ts";
import { checkCorrections, type CorrectionsFile } from "./corrections/index.ts";

export interface PageFile {
  /** Path relative to the project root. */
  path: string;
  text: string;
}

export interface ProjectFiles {
  sources: SourceFiles[];
  pages: PageFile[];
  /** The corrections log (`content/corrections.yaml`), when the project has one. */
  corrections?: CorrectionsFile | null;
}

export interface CheckResult {
  report: Report;
  sources: ReadonlyMap<string, Source>;
  pages: PageResult[];
  facts: FactResult[];
  /**
   * Every `<Derived>` figure, with its inputs, formula, result and rounding, for the pages to show.
   */
  derived: DerivedResult[];
}

export interface CheckOptions {
  /**
   * Threads for step 2, the main thread included; 1 (the default) uses none
   * other. The result is the same for any number: only the time differs.
   */
  threads?: number;
}

/** Checks a whole project: every source and every page. */
export function checkProject(files: ProjectFiles, { threads = 1 }: CheckOptions = {}): CheckResult {
  const report = new Report();
  // 2. Parse each page with the real remark stack and extract its callouts, uncited numbers and
  // opt-outs. It starts first: other threads, if any, parse pages while this one prepares the
  // sources.
  const pool = new ExtractionPool(
    files.pages.map((p) => p.text),
    threads,
  );
  try {
    // 1. Prepare the sources: metadata against its schema, the raw file's hash, the edition proved
    // against the raw text.
    const sources = prepareSources(files.sources, report);
    // 3.-4. Resolve each page's facts against the sources and run the checks, page by page as
    // extractions come.
    const result = checkExtracted(files.pages, (k) => pool.take(k), sources, report);
    // 7. Check the corrections log: every entry well formed, with its own id, naming a page.
    checkCorrections(
      files.corrections,
      files.pages.map((p) => p.path),
      report,
    );
    return result;
  } finally {
    pool.close();
  }
}

/** Steps 3-4, for pages whose extraction `extracted(k)` gives. */
function checkExtracted(
  files: PageFile[],
  extracted: (k: number) => PageExtraction,
  sources: ReadonlyMap<string, Source>,
  report: Report,
): CheckResult {
  const pages: PageResult[] = [];
  files.forEach((file, k) => {
    report.addFile(file.path, file.text);
    const result = extracted(k);
    if ("failure" in result) {
      const { failure } = result;
      const offset = failure.offset ?? offsetOfPlace(file.text, failure.line, failure.column);
      report.report({ code: "mdx-malformed", file: file.path, offset, message: failure.message });
      return;
    }
    pages.push(checkPage(file.path, result.page, sources, report));
  });
  const facts = pages.flatMap((p) => p.facts);
  // 5. Recompute each derived figure from the callouts it names, on its page or another.
  const env = environment(sources, facts);
  for (const page of pages) page.derived = checkDerived(page, facts, report, env);
  // 6. Check each chart: every mark one checked number of a callout, on its page or another.
  for (const page of pages) for (const check of CHART_CHECKS) check.check(page, facts, report);
  return { report, sources, pages, facts, derived: pages.flatMap((p) => p.derived) };
}

/** Prepares every source, registering its files for placing findings. */
export function prepareSources(files: SourceFiles[], report: Report): Map<string, Source> {
  const sources = new Map<string, Source>();
  for (const f of files) {
    if (f.metaText !== null) report.addFile(f.metaPath, f.metaText);
    if (f.editionText !== null) report.addFile(f.editionPath, f.editionText);
    const raw = f.raw === null ? null : new TextDecoder().decode(f.raw);
    if (raw !== null) report.addFile(f.rawPath, raw);
    sources.set(f.id, prepareSource(f, raw, report));
  }
  return sources;
}

/** Checks one parsed page: the unit the Astro build runs for each MDX file it renders. */
export function checkPageTree(
  { path: file, text }: PageFile,
  tree: Root,
  sources: ReadonlyMap<string, Source>,
  report: Report,
): PageResult {
  report.addFile(file, text);
  const page = checkPage(file, extractPage(tree, text), sources, report);
  // Alone, a page sees only its own callouts: a derived figure naming another page's is left to
  // the whole-project check, which runs first.
  page.derived = checkDerived(page, null, report, environment(sources, page.facts));
  return page;
}

function checkPage(
  file: string,
  page: ExtractedPage,
  sources: ReadonlyMap<string, Source>,
  report: Report,
): PageResult {
  // 3. Resolve each callout: its source, its quote's passage, its numbers against the quote's.
  const facts = resolveFacts(file, page.facts, sources);
  // 4. Run the checks; they report, the caller decides what a finding means.
  const env = environment(sources, facts);
  for (const fact of facts) for (const check of FACT_CHECKS) check.check(fact, report, env);
  const result: PageResult = { file, page, facts, derived: [] };
  for (const check of PAGE_CHECKS) check.check(result, report);
  return result;
}

/**
 * Resolves and checks a page's derived figures; `site` is every page's callouts, or null for this
 * page alone.
 */
function checkDerived(
  page: PageResult,
  site: readonly FactResult[] | null,
  report: Report,
  env: Environment,
): DerivedResult[] {
  const derived = resolveDerived(page.file, page.page.derived, page.facts, site);
  for (const d of derived) for (const check of DERIVED_CHECKS) check.check(d, report, env);
  return derived;
}

function environment(
  sources: ReadonlyMap<string, Source>,
  facts: readonly FactResult[],
): Environment {
  return {
    sourceIds: [...sources.keys()],
    factIds: facts.flatMap((f) => (f.fact.attributes.id ? [f.fact.attributes.id] : [])),
  };
}

function offsetOfPlace(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return offset + column - 1;
}
