/** Which numbers of each source's edition some callout cites. */
import type { NumberExpr } from "./numbers/read.ts";
import { blockTexts } from "./quotes/source-text.ts";
import type { FactResult } from "./resolve.ts";
import type { Source } from "./sources/model.ts";

export interface CoveredNumber {
  source: string;
  anchor: string;
  number: NumberExpr;
  /** Ids of the facts whose callout shows this number. */
  citedBy: string[];
}

export interface SourceCoverage {
  source: string;
  numbers: CoveredNumber[];
  /** Numbers in layout notes and placeholders: listed, exempt. */
  exempt: CoveredNumber[];
  cited: number;
}

export function coverage(sources: ReadonlyMap<string, Source>, facts: FactResult[]): SourceCoverage[] {
  // The reader caches each block's numbers, so a matched number is the same object as the one listed here.
  const citedBy = new Map<NumberExpr, string[]>();
  for (const fact of facts) {
    for (const { verdict } of fact.numbers) {
      if (verdict.ok) citedBy.set(verdict.match, [...(citedBy.get(verdict.match) ?? []), fact.id]);
    }
  }
  return [...sources.values()].map((source) => {
    const numbers: CoveredNumber[] = [];
    const exempt: CoveredNumber[] = [];
    for (const bt of blockTexts(source)) {
      for (const number of bt.numbers()) {
        const entry = { source: source.id, anchor: bt.block.anchor, number, citedBy: citedBy.get(number) ?? [] };
        (bt.content ? numbers : exempt).push(entry);
      }
    }
    return { source: source.id, numbers, exempt, cited: numbers.filter((n) => n.citedBy.length > 0).length };
  });
}
