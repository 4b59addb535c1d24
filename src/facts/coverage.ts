/** Which numbers of each source's edition some callout cites. */
import { readText, type NumberExpr } from "./numbers/read.ts";
import { blockTexts } from "./quotes/source-text.ts";
import type { FactResult } from "./resolve.ts";
import type { Source } from "./sources/model.ts";
import { passagesOf, type Passage } from "./cite/passages.ts";

export interface CoveredNumber {
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
  /** The sentences of the edition that hold a number no fact cites, and those numbers. */
  uncitedPassages: { anchor: string; text: string; numbers: string[] }[];
}

export function coverage(
  sources: ReadonlyMap<string, Source>,
  facts: FactResult[],
): SourceCoverage[] {
  // A number is known by where it stands: source, block, offsets.
  const key = (source: string, anchor: string, n: NumberExpr) =>
    `${source}\u0000${anchor}\u0000${n.start}\u0000${n.end}`;
  const citedBy = new Map<string, string[]>();
  for (const fact of facts) {
    const anchor = fact.location?.passage?.anchor;
    if (!fact.source || anchor === undefined) continue;
    for (const { verdict } of fact.numbers) {
      if (!verdict.ok) continue;
      const k = key(fact.source.id, anchor, verdict.match);
      citedBy.set(k, [...(citedBy.get(k) ?? []), fact.id]);
    }
  }
  return [...sources.values()].map((source) => {
    const numbers: CoveredNumber[] = [];
    const exempt: CoveredNumber[] = [];
    for (const bt of blockTexts(source)) {
      for (const number of readText(bt.block.text, bt.normalized).numbers) {
        const entry = {
          anchor: bt.block.anchor,
          number,
          citedBy: citedBy.get(key(source.id, bt.block.anchor, number)) ?? [],
        };
        (bt.content ? numbers : exempt).push(entry);
      }
    }
    return {
      source: source.id,
      numbers,
      exempt,
      cited: numbers.filter((n) => n.citedBy.length > 0).length,
      uncitedPassages: uncitedPassages(source, numbers),
    };
  });
}

/** The sentences that hold the numbers of `numbers` that no fact cites. */
function uncitedPassages(
  source: Source,
  numbers: readonly CoveredNumber[],
): SourceCoverage["uncitedPassages"] {
  const sentences = passagesOf(new Map([[source.id, source]]));
  const out = new Map<Passage, string[]>();
  for (const { anchor, number, citedBy } of numbers) {
    if (citedBy.length > 0) continue;
    const sentence = sentences.find(
      (p) => p.anchor === anchor && p.start <= number.start && number.end <= p.end,
    );
    if (sentence) out.set(sentence, [...(out.get(sentence) ?? []), number.text]);
  }
  return [...out].map(([p, texts]) => ({ anchor: p.anchor, text: p.text, numbers: texts }));
}
