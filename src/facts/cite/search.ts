/**
 * Finds the passages that best match a half-remembered phrase or a number. Words are matched by
 * MiniSearch (BM25, fuzzy and prefix); numbers by value, as the number reader reads them, so that
 * `about 1,000` finds "nearly 1000" and "around 1000", and its `about` is a hedge, not a word to
 * find ("this may be about to change").
 */
import MiniSearch from "minisearch";
import { readText } from "../numbers/read.ts";
import type { Passage } from "./passages.ts";

export interface Hit {
  passage: Passage;
  score: number;
}

// A number of the query found in a passage counts more than any word: it is what was asked for.
const NUMBER_WEIGHT = 10;

export function searchPassages(passages: Passage[], query: string, limit = 5): Hit[] {
  const { words, values } = splitQuery(query);
  const scores = new Map<number, number>();
  if (words.trim() !== "")
    for (const r of wordIndex(passages).search(words, {
      fuzzy: (term) => (/\d/.test(term) ? 0 : 0.25),
      prefix: (term) => term.length > 3 && !/\d/.test(term),
    }))
      scores.set(r.id as number, r.score);
  if (values.length > 0) {
    for (const passage of passages) {
      const held = new Set(
        readText(passage.text).numbers.flatMap((n) => [n.value, n.to ?? n.value]),
      );
      const found = values.filter((v) => held.has(v)).length;
      if (found > 0) scores.set(passage.id, (scores.get(passage.id) ?? 0) + NUMBER_WEIGHT * found);
    }
  }
  const byId = new Map(passages.map((p) => [p.id, p]));
  return [...scores]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([id, score]) => ({ passage: byId.get(id)!, score }));
}

/** The query's numbers, by value, and its other words (a number's hedge and unit go with it). */
function splitQuery(query: string): { words: string; values: number[] } {
  const { numbers } = readText(query);
  let words = query;
  for (const n of [...numbers].reverse())
    words = `${words.slice(0, n.start)} ${words.slice(n.end)}`;
  return { words, values: numbers.map((n) => n.value) };
}

function wordIndex(passages: Passage[]): MiniSearch<Passage> {
  const index = new MiniSearch<Passage>({
    fields: ["text"],
    storeFields: [],
    // Keep figures whole ("US$21.7", "1,000") and fold the typography of the source.
    tokenize: (text) =>
      text
        .normalize("NFKC")
        .replace(/[‘’]/g, "'")
        .split(/[\s"“”()[\];:!?]+|,(?!\d)|\.(?!\d)/u)
        .filter(Boolean),
    processTerm: (term) =>
      term
        .toLowerCase()
        .replace(/^'+|'+$/g, "")
        .replace(/,/g, ""),
  });
  index.addAll(passages);
  return index;
}
