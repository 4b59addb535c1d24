/** What a check sees and how it reports. Checks never print, throw or choose an exit code. */
import type { CheckContext } from "../diagnostics.ts";
import type { ExtractedPage } from "../mdx/extract.ts";
import type { FactResult } from "../resolve.ts";

export interface PageResult {
  file: string;
  page: ExtractedPage;
  facts: FactResult[];
}

export interface Environment {
  /** Ids of every source that loaded, for suggestions. */
  sourceIds: readonly string[];
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
