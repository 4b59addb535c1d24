/** Step 2 of the check for one page: parse it, then extract what the checks need. Pure, so any thread may run it. */
import { parseMdx, type ParseFailure } from "./parse.ts";
import { extractPage, type ExtractedPage } from "./extract.ts";

/** One page's extraction, or why it did not parse. */
export type PageExtraction = { page: ExtractedPage } | { failure: ParseFailure };

/** A page that does not parse is one finding, not a crash. */
export function extractPageText(text: string): PageExtraction {
  const parsed = parseMdx(text);
  return "failure" in parsed ? parsed : { page: extractPage(parsed.tree, text) };
}
