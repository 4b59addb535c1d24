/**
 * Blocks of an edition whose words the check refused (an undeclared change), and the quotes that
 * still cite the raw words the edit changed. Those quotes are right; the edit is the one cause, so
 * the edition's finding is reported once, after the pages, naming them ("3 quotes depend on this
 * block"), and no quote is reported as not found for it.
 */
import type { FindingInput, Report } from "../diagnostics.ts";
import type { FactResult } from "../resolve.ts";
import { normalize } from "../text/normalize.ts";
import type { Source } from "./model.ts";

export interface RefusedBlock {
  anchor: string;
  /** The block's raw lines after the declared changes, normalised as quotes are matched. */
  expected: string;
  /** The edition's finding, reported once the quotes that depend on the block are known. */
  finding: FindingInput;
}

/** The refused block of `source` whose raw words hold `quote`, if any. */
export function refusedBlockHolding(source: Source, quote: string): RefusedBlock | null {
  if (source.refusedBlocks.length === 0) return null;
  const needle = normalize(quote).text.trim();
  if (needle === "") return null;
  return source.refusedBlocks.find((b) => b.expected.includes(needle)) ?? null;
}

/** Reports each refused block's finding with the quotes (of callouts not found) that depend on it. */
export function reportRefusedBlocks(
  sources: Iterable<Source>,
  facts: readonly FactResult[],
  report: Report,
): void {
  const dependents = new Map<RefusedBlock, FactResult[]>();
  for (const fact of facts) {
    const quote = fact.fact.attributes.quote;
    if (!fact.source || !quote || !fact.location || fact.location.occurrences.length > 0) continue;
    const block = refusedBlockHolding(fact.source, quote);
    if (!block) continue;
    const list = dependents.get(block) ?? [];
    if (list.length === 0) dependents.set(block, list);
    list.push(fact);
  }
  for (const source of sources) {
    for (const block of source.refusedBlocks) {
      const quotes = dependents.get(block) ?? [];
      if (quotes.length === 0) {
        report.report(block.finding);
        continue;
      }
      const n = quotes.length;
      report.report({
        ...block.finding,
        message:
          `${block.finding.message} (${n} ${n === 1 ? "quote depends" : "quotes depend"} on ` +
          `this block)`,
        related: quotes.map((f) => ({
          file: f.file,
          offset: f.fact.attributeOffsets.quote ?? f.fact.start,
          message: "a quote of the raw words, which the edit changed",
        })),
      });
    }
  }
}
