/**
 * The facts engine's runner. Reads as its steps: prepare sources, extract
 * facts, resolve quotes and numbers, run the checks, then recompute the
 * derived figures and check the charts against the whole site's callouts.
 * It reports through a `Report`; printing and exit codes belong to the caller.
 * Synchronous and single-threaded: a caller that wants pages parsed elsewhere
 * (on worker threads, say) passes their extractions in.
 */
import { Report, type Finding } from "./diagnostics.ts";
import { extractPageText, type PageExtraction } from "./mdx/page-extraction.ts";
import { resolveFacts, type FactResult } from "./resolve.ts";
import { prepareSource } from "./sources/prepare.ts";
import type { Source, SourceFiles } from "./sources/model.ts";
import { resolveDerived, type DerivedResult } from "./derived/resolve.ts";
import type { ExtractedPage } from "./mdx/extract.ts";
import { siteRoutes } from "./links/routes.ts";
import { reportRefusedBlocks } from "./sources/refused-blocks.ts";
import {
  CHART_CHECKS,
  DERIVED_CHECKS,
  FACT_CHECKS,
  PAGE_CHECKS,
  SITE_CHECKS,
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

/** One check's findings, and the text of every file they may point into. */
export interface CheckRun {
  report: Report;
  texts: Map<string, string>;
  /**
   * Sources prepared for this run: the edition blocks they refuse are reported once the pages are
   * checked, with the quotes that depend on them.
   */
  prepared: Source[];
}

export interface CheckResult {
  report: Report;
  /** Every file read (pages and each source's files), by path: findings point into these. */
  texts: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, Source>;
  /** The pages that parsed, with their results. */
  pages: PageResult[];
  /** The pages that did not parse (an `mdx-malformed` finding each): not checked, still counted. */
  unparsed: string[];
  facts: FactResult[];
  /**
   * Every `<Derived>` figure, with its inputs, formula, result and rounding, for the pages to show.
   */
  derived: DerivedResult[];
}

export interface CheckOptions {
  /**
   * Each page's extraction, in page order, where the caller parsed the pages itself; the engine
   * parses every page not given. The result is the same either way.
   */
  extracted?: readonly (PageExtraction | undefined)[];
}

/** A check with no findings yet. */
export function newRun(): CheckRun {
  const texts = new Map<string, string>();
  return { report: new Report(texts), texts, prepared: [] };
}

/** Checks a whole project: every source and every page. */
export function checkProject(files: ProjectFiles, options: CheckOptions = {}): CheckResult {
  const run = newRun();
  // 1. Prepare the sources: metadata against its schema, the raw file's hash, the edition proved
  // against the raw text.
  const sources = prepareSources(files.sources, run);
  const result = checkPages(files.pages, sources, run, options);
  checkCorrectionsLog(files, run);
  return result;
}

/** 9. Check the corrections log: every entry well formed, with its own id, naming a page. */
export function checkCorrectionsLog(files: ProjectFiles, run: CheckRun): void {
  checkCorrections(
    files.corrections,
    files.pages.map((p) => p.path),
    run,
  );
}

/** Steps 2-8 for these pages, against sources already prepared. */
export function checkPages(
  files: readonly PageFile[],
  sources: ReadonlyMap<string, Source>,
  run: CheckRun,
  { extracted = [] }: CheckOptions = {},
): CheckResult {
  const checker = pageChecker(sources, run);
  // 2. Parse each page with the real remark stack and extract its callouts, uncited numbers and
  // opt-outs, unless the caller has.
  files.forEach((file, k) => checker.page(file, extracted[k] ?? extractPageText(file.text)));
  return checker.finish(files);
}

/**
 * Steps 3-8, a page at a time: `page` takes each page's extraction in page order, as soon as it is
 * parsed (on this thread or another), and `finish` checks what spans pages once all are in. The
 * result is that of `checkPages`.
 */
export interface PageChecker {
  page(file: PageFile, extraction: PageExtraction): void;
  finish(files: readonly PageFile[]): CheckResult;
}

/** A checker for the pages of `run`, against sources already prepared. */
export function pageChecker(sources: ReadonlyMap<string, Source>, run: CheckRun): PageChecker {
  const { report, texts } = run;
  const pages: PageResult[] = [];
  const refusals: Refusals = new Map();
  const unparsed: string[] = [];
  return {
    page(file, extraction) {
      texts.set(file.path, file.text);
      if ("failure" in extraction) {
        const { offset, message, hint } = extraction.failure;
        report.report({
          code: "mdx-malformed",
          file: file.path,
          offset,
          message,
          ...(hint && { hint }),
        });
        unparsed.push(file.path);
        return;
      }
      // 3.-4. Resolve the page's callouts against the sources and run the checks.
      pages.push(checkPage(file.path, extraction.page, sources, report, refusals));
    },
    finish(files) {
      const facts = pages.flatMap((p) => p.facts);
      // 5. Recompute each derived figure from the callouts it names, on its page or another; one
      // whose input is refused says so, and nothing else.
      const env = environment(sources, facts, refusals);
      for (const page of pages) {
        page.derived = resolveDerived(page.file, page.extracted.derived, page.facts, facts, (f) =>
          refusals.has(f),
        );
        for (const d of page.derived)
          for (const check of DERIVED_CHECKS) check.check(d, report, env);
      }
      // 6. Check each chart: every mark one checked number of a callout, on its page or another.
      for (const page of pages)
        for (const check of CHART_CHECKS) check.check(page, facts, report, env);
      // 7. Check each link: a page, source or file the site publishes, and an id that page has.
      const routes = siteRoutes(
        files.map((f) => f.path),
        pages,
        sources,
      );
      for (const page of pages) for (const check of SITE_CHECKS) check.check(page, routes, report);
      // 8. Report each edition block the check refused, once, with the quotes that still cite its
      // raw words (they are not reported as not found).
      reportRefusedBlocks(run.prepared.splice(0), facts, report);
      const derived = pages.flatMap((p) => p.derived);
      return { report, texts, sources, pages, unparsed, facts, derived };
    },
  };
}

/** True when a page holding only `mdx` passes the check against these sources. */
export function passesAlone(mdx: string, sources: ReadonlyMap<string, Source>): boolean {
  const page = { path: "snippet.mdx", text: `${mdx}\n` };
  return checkPages([page], sources, newRun()).report.errorCount === 0;
}

/** Prepares every source, registering its files for placing findings. */
export function prepareSources(files: SourceFiles[], run: CheckRun): Map<string, Source> {
  const sources = new Map<string, Source>();
  for (const f of files) {
    if (f.metaText !== null) run.texts.set(f.metaPath, f.metaText);
    if (f.editionText !== null) run.texts.set(f.editionPath, f.editionText);
    const raw = f.raw === null ? null : new TextDecoder().decode(f.raw);
    if (raw !== null) run.texts.set(f.rawPath, raw);
    const source = prepareSource(f, raw, run.report);
    sources.set(f.id, source);
    run.prepared.push(source);
  }
  return sources;
}

/** The first error of each refused callout. */
type Refusals = Map<FactResult, Finding>;

function checkPage(
  file: string,
  extracted: ExtractedPage,
  sources: ReadonlyMap<string, Source>,
  report: Report,
  refusals: Refusals,
): PageResult {
  // 3. Resolve each callout: its source, its quote's passage, its numbers against the quote's.
  const facts = resolveFacts(file, extracted.facts, sources);
  // 4. Run the checks; they report, the caller decides what a finding means. A callout with an
  // error is refused: what is computed or drawn from it reports that error's place.
  const env = environment(sources, facts, refusals);
  for (const fact of facts) {
    const before = report.findings.length;
    for (const check of FACT_CHECKS) check.check(fact, report, env);
    const refusal = report.findings.slice(before).find((f) => f.severity === "error");
    if (refusal) refusals.set(fact, refusal);
  }
  const result: PageResult = { file, extracted, facts, derived: [] };
  for (const check of PAGE_CHECKS) check.check(result, report);
  return result;
}

function environment(
  sources: ReadonlyMap<string, Source>,
  facts: readonly FactResult[],
  refusals: Refusals,
): Environment {
  return {
    sourceIds: [...sources.keys()],
    factIds: facts.flatMap((f) => (f.fact.attributes.id ? [f.fact.attributes.id] : [])),
    refusal: (fact) => refusals.get(fact),
  };
}
