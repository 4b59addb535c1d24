/** Finds the passages that best match a half-remembered phrase or a number (MiniSearch: BM25, fuzzy and prefix). */
import MiniSearch from "minisearch";
import type { Passage } from "./passages.ts";

export interface Hit {
  passage: Passage;
  score: number;
}

export function searchPassages(passages: Passage[], query: string, limit = 5): Hit[] {
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
  const byId = new Map(passages.map((p) => [p.id, p]));
  return index
    .search(query, {
      fuzzy: (term) => (/\d/.test(term) ? 0 : 0.25),
      prefix: (term) => term.length > 3 && !/\d/.test(term),
    })
    .slice(0, limit)
    .map((r) => ({ passage: byId.get(r.id as number) as Passage, score: r.score }));
}
