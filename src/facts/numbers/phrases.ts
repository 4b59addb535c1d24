/** Multi-word look-ups over tokens ("more than", "per cent", "US$"). */
import { tokenize, type Token } from "./tokenize.ts";

export interface Phrase<T> {
  parts: string[];
  value: T;
}

/** Phrases by their first token, each list longest first. */
export type Phrases<T> = Map<string, Phrase<T>[]>;

export interface PhraseMatch<T> {
  value: T;
  /** The phrase as written in the text. */
  text: string;
  /** Index of the token after the phrase. */
  end: number;
}

/** Turns a table of phrases into token sequences by first token, longest first so that "way over" wins over "over". */
export function compilePhrases<T>(table: Record<string, T>): Phrases<T> {
  const phrases: Phrases<T> = new Map();
  const sorted = Object.entries(table)
    .map(([phrase, value]) => ({ parts: tokenize(phrase).map((t) => t.lower), value }))
    .sort((a, b) => b.parts.length - a.parts.length);
  for (const phrase of sorted) {
    const first = phrase.parts[0] ?? "";
    phrases.set(first, [...(phrases.get(first) ?? []), phrase]);
  }
  return phrases;
}

/**
 * Matches the longest phrase starting at token `i`. With `attached`, the first
 * token must follow the previous one without a space.
 */
export function matchPhrase<T>(
  tokens: Token[],
  i: number,
  phrases: Phrases<T>,
  options: { attached?: boolean } = {},
): PhraseMatch<T> | null {
  const first = tokens[i];
  if (!first || (options.attached && first.spaced)) return null;
  for (const phrase of phrases.get(first.lower) ?? []) {
    if (phrase.parts.every((part, k) => tokens[i + k]?.lower === part)) {
      const last = tokens[i + phrase.parts.length - 1] as Token;
      // A phrase must end where a word ends: "m" is a scale in "21.7m", not in "21.7 million".
      const after = tokens[i + phrase.parts.length];
      if (last.type === "word" && after && !after.spaced && after.type === "word") continue;
      return {
        value: phrase.value,
        text: joinTokens(tokens, i, i + phrase.parts.length),
        end: i + phrase.parts.length,
      };
    }
  }
  return null;
}

/** The source text covered by tokens `[from, to)`, with single spaces where the text had any. */
function joinTokens(tokens: Token[], from: number, to: number): string {
  let out = "";
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    out += (k > from && t.spaced ? " " : "") + t.text;
  }
  return out;
}
