/** The facts engine's public API: what the CLI, the Astro glue, the site and the tests may use. */
export {
  checkCorrectionsLog,
  checkPages,
  checkProject,
  newRun,
  pageChecker,
  passesAlone,
  prepareSources,
} from "./run.ts";
export type {
  CheckOptions,
  CheckResult,
  CheckRun,
  PageChecker,
  PageFile,
  ProjectFiles,
} from "./run.ts";
export { loadProject, loadSources, loadPages } from "./load.ts";
export type { Finding, Severity } from "./diagnostics.ts";
export { FORMATS } from "./format/index.ts";
export { summary } from "./format/summary.ts";
export type { FormatName } from "./format/index.ts";
export { coverage } from "./coverage.ts";
export { cite } from "./cite/index.ts";
export { CODE_DOCS } from "./docs/codes.ts";
export type { CodeDoc } from "./docs/codes.ts";
export type { Citation } from "./cite/index.ts";
export type { SourceCoverage, CoveredNumber } from "./coverage.ts";
export { readNumbers, readText } from "./numbers/read.ts";
export type { NumberExpr, NumberKind } from "./numbers/read.ts";
export { normalize } from "./text/normalize.ts";
export { locateQuote } from "./quotes/locate.ts";
export { parseMdx } from "./mdx/parse.ts";
export { extractPageText } from "./mdx/page-extraction.ts";
export type { PageExtraction } from "./mdx/page-extraction.ts";
export { CHART, FACT, NOT_A_CLAIM } from "./mdx/extract.ts";
export { calloutIds } from "./mdx/fact-ids.ts";
export type { FactResult } from "./resolve.ts";
export { DERIVED } from "./mdx/extract.ts";
export type { DerivedResult, DerivedInput } from "./derived/resolve.ts";
export type { Source } from "./sources/model.ts";
export type { Block } from "./sources/edition.ts";
export { sourceMetaSchema } from "./schemas/source.ts";
export type { SourceMeta } from "./schemas/source.ts";
export { factAttributesSchema } from "./schemas/fact.ts";
