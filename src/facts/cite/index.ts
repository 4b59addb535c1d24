/** `npm run cite`: passages for a phrase or a number, with callouts that pass the check. */
import type { Source } from "../sources/model.ts";
import { passagesOf, type Passage } from "./passages.ts";
import { searchPassages } from "./search.ts";
import { snippetsFor, type Accepts, type Snippet } from "./snippet.ts";
import { proveSnippet } from "./prove.ts";

/** A passage found for a query, with the callouts for it that pass the check. */
export interface Citation {
  passage: Passage;
  score: number;
  snippets: Snippet[];
}

export interface CiteOptions {
  /** How many passages at most. */
  limit?: number;
  /** The check a callout must pass before it is offered: by default, the real one. */
  accepts?: Accepts;
}

export function cite(
  sources: ReadonlyMap<string, Source>,
  query: string,
  { limit = 5, accepts = (mdx) => proveSnippet(mdx, sources) }: CiteOptions = {},
): Citation[] {
  return searchPassages(passagesOf(sources), query, limit).map(({ passage, score }) => ({
    passage,
    score,
    snippets: snippetsFor(passage, sources, accepts),
  }));
}

export type { Accepts, Passage, Snippet };
