/** What a check sees and how it reports. Checks never print, throw or choose an exit code. */
import type { CheckContext, Finding } from "../diagnostics.ts";
import type { ExtractedPage } from "../mdx/extract.ts";
import type { FactResult } from "../resolve.ts";
import type { DerivedResult } from "../derived/resolve.ts";
import type { Routes } from "../links/routes.ts";
import type { CorrectionsLog } from "../corrections/read.ts";

export interface PageResult {
  file: string;
  /** What the page's tree holds, as written: its callouts (`extracted.facts`), prose and charts. */
  extracted: ExtractedPage;
  /** Its callouts, resolved against the sources. */
  facts: FactResult[];
  /** The page's `<Derived>` figures, resolved against the whole site's callouts. */
  derived: DerivedResult[];
}

export interface Environment {
  /** Ids of every source that loaded, for suggestions. */
  sourceIds: readonly string[];
  /** Explicit ids of every callout the check has seen, for suggestions. */
  factIds: readonly string[];
  /**
   * The first error reported on a callout, once its checks have run: a figure computed or drawn
   * from it reports that, not a wrong result of its own.
   */
  refusal(fact: FactResult): Finding | undefined;
}

export interface FactCheck {
  /** The finding codes this check may report. */
  codes: readonly string[];
  check(fact: FactResult, ctx: CheckContext, env: Environment): void;
}

export interface PageCheck {
  codes: readonly string[];
  check(page: PageResult, ctx: CheckContext): void;
}

/** Checks of `<Chart>`s, run once every page's callouts are resolved (a mark may name a callout of another page). */
export interface ChartCheck {
  codes: readonly string[];
  check(page: PageResult, site: readonly FactResult[], ctx: CheckContext, env: Environment): void;
}

export interface DerivedCheck {
  codes: readonly string[];
  check(derived: DerivedResult, ctx: CheckContext, env: Environment): void;
}

/** Checks that need the whole site's addresses: a link of one page may lead to any other. */
export interface SiteCheck {
  codes: readonly string[];
  check(page: PageResult, routes: Routes, ctx: CheckContext): void;
}

/** Checks of the corrections log, run once every page is known (an entry names a page). */
export interface CorrectionCheck {
  codes: readonly string[];
  /** `pages`: the path of every page of the project (`content/talent.mdx`). */
  check(log: CorrectionsLog, pages: readonly string[], ctx: CheckContext): void;
}
