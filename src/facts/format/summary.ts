/**
 * The closing line of the human report: what was checked, counted, so that a page that did not
 * parse, a quote that did not anchor or a number left uncited shows in the totals. The counts are
 * plain data, so that `npm run check --cache` can keep them with the findings.
 */
import type { CheckResult } from "../run.ts";

export interface Summary {
  facts: number;
  /** Pages that parsed. */
  pages: number;
  /** Pages that did not parse (an `mdx-malformed` each): not checked, still counted. */
  unparsed: number;
  sources: number;
  anchored: { exact: number; normalised: number; failed: number };
  uncited: number;
  optOuts: number;
}

/** The counts of a check. */
export function summaryOf({ pages, unparsed, facts, sources }: CheckResult): Summary {
  const anchored = { exact: 0, normalised: 0, failed: 0 };
  for (const f of facts) anchored[f.location?.status ?? "failed"]++;
  return {
    facts: facts.length,
    pages: pages.length,
    unparsed: unparsed.length,
    sources: sources.size,
    anchored,
    uncited: pages.reduce((sum, p) => sum + p.extracted.uncited.length, 0),
    optOuts: pages.reduce((sum, p) => sum + p.extracted.optOuts.length, 0),
  };
}

/** "Checked 247 facts on 11 pages against 2 sources: …", with a newline. */
export function summaryLine(s: Summary): string {
  const notParsed = s.unparsed ? ` (${s.unparsed} not parsed, so not checked)` : "";
  return (
    `Checked ${count(s.facts, "fact")} on ${count(s.pages + s.unparsed, "page")}${notParsed} ` +
    `against ${count(s.sources, "source")}: ` +
    `quotes anchored ${s.anchored.exact} exact, ${s.anchored.normalised} after normalisation, ` +
    `${s.anchored.failed} failed; ${count(s.uncited, "uncited number")}; ` +
    `${count(s.optOuts, "opt-out")} (<NotAClaim>).\n`
  );
}

/** The summary line of a check. */
export function summary(result: CheckResult): string {
  return summaryLine(summaryOf(result));
}

function count(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}
