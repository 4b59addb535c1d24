/**
 * The closing line of the human report: what was checked, counted, so that a page that did not
 * parse, a quote that did not anchor or a number left uncited shows in the totals.
 */
import type { CheckResult } from "../run.ts";

export function summary({ pages, unparsed, facts, sources }: CheckResult): string {
  const optOuts = pages.reduce((sum, p) => sum + p.extracted.optOuts.length, 0);
  const uncited = pages.reduce((sum, p) => sum + p.extracted.uncited.length, 0);
  const anchored = { exact: 0, normalised: 0, failed: 0 };
  for (const f of facts) anchored[f.location?.status ?? "failed"]++;
  const notParsed = unparsed.length ? ` (${unparsed.length} not parsed, so not checked)` : "";
  return (
    `Checked ${count(facts.length, "fact")} on ${count(pages.length + unparsed.length, "page")}` +
    `${notParsed} against ${count(sources.size, "source")}: ` +
    `quotes anchored ${anchored.exact} exact, ${anchored.normalised} after normalisation, ` +
    `${anchored.failed} failed; ${count(uncited, "uncited number")}; ` +
    `${count(optOuts, "opt-out")} (<NotAClaim>).\n`
  );
}

function count(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}
