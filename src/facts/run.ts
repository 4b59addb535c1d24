/**
 * The facts engine's runner. Reads as its steps: prepare sources, extract
 * facts, resolve quotes and numbers, run the checks. It reports through a
 * `Report`; printing and exit codes belong to the caller.
 */
import type { Root } from "mdast";
import { Report } from "./diagnostics.ts";
import { parseMdx, type ParseFailure } from "./mdx/parse.ts";
import { extractPage, type ExtractedPage } from "./mdx/extract.ts";
import { resolveFacts, type FactResult } from "./resolve.ts";
import { prepareSource } from "./sources/prepare.ts";
import type { Source, SourceFiles } from "./sources/model.ts";
import { FACT_CHECKS, PAGE_CHECKS, type PageResult } from "./checks/index.ts";

export interface PageFile {
  /** Path relative to the project root. */
  path: string;
  text: string;
}

export interface ProjectFiles {
  sources: SourceFiles[];
  pages: PageFile[];
}

export interface CheckResult {
  report: Report;
  sources: ReadonlyMap<string, Source>;
  pages: PageResult[];
  facts: FactResult[];
}

/** Checks a whole project: every source and every page. */
export function checkProject(files: ProjectFiles): CheckResult {
  const report = new Report();
  // 1. Prepare the sources: metadata against its schema, the raw file's hash, the edition proved against the raw text.
  const sources = prepareSources(files.sources, report);
  // 2. Parse each page with the real remark stack and extract its callouts, uncited numbers and opt-outs.
  const extracted = files.pages.map(parseAndExtract);
  // 3.-4. Resolve each page's facts against the sources and run the checks.
  return checkExtracted(files.pages, extracted, sources, report);
}

/** What step 2 gives for one page: its extraction, or why it did not parse. */
type PageExtraction = { page: ExtractedPage } | { failure: ParseFailure };

/** Parses one page and extracts what the checks need; a page that does not parse is one finding, not a crash. */
function parseAndExtract(file: PageFile): PageExtraction {
  const parsed = parseMdx(file.text);
  return "failure" in parsed ? parsed : { page: extractPage(parsed.tree, file.text) };
}

/** Steps 3-4 for pages already extracted. */
function checkExtracted(files: PageFile[], extracted: PageExtraction[], sources: ReadonlyMap<string, Source>, report: Report): CheckResult {
  const pages: PageResult[] = [];
  files.forEach((file, k) => {
    report.addFile(file.path, file.text);
    const result = extracted[k] as PageExtraction;
    if ("failure" in result) {
      const { failure } = result;
      const offset = failure.offset ?? offsetOfPlace(file.text, failure.line, failure.column);
      report.report({ code: "mdx-malformed", file: file.path, offset, message: failure.message });
      return;
    }
    pages.push(checkPage(file.path, result.page, sources, report));
  });
  return { report, sources, pages, facts: pages.flatMap((p) => p.facts) };
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
export function checkPageTree({ path: file, text }: PageFile, tree: Root, sources: ReadonlyMap<string, Source>, report: Report): PageResult {
  report.addFile(file, text);
  return checkPage(file, extractPage(tree, text), sources, report);
}

function checkPage(file: string, page: ExtractedPage, sources: ReadonlyMap<string, Source>, report: Report): PageResult {
  // 3. Resolve each callout: its source, its quote's passage, its numbers against the quote's.
  const facts = resolveFacts(file, page.facts, sources);
  // 4. Run the checks; they report, the caller decides what a finding means.
  const env = { sourceIds: [...sources.keys()] };
  for (const fact of facts) for (const check of FACT_CHECKS) check.check(fact, report, env);
  const result = { file, page, facts };
  for (const check of PAGE_CHECKS) check.check(result, report);
  return result;
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
