/** Splits text into number, word and symbol tokens, keeping offsets. */

export type TokenType = "num" | "word" | "sym";

export interface Token {
  type: TokenType;
  text: string;
  /** Lower-cased text, for word look-ups. */
  lower: string;
  start: number;
  end: number;
  /** True when whitespace separates this token from the one before it (or it is first). */
  spaced: boolean;
}

// Digits with internal separators ("1,000", "8.65", "1.2.3"); the reader validates them.
// Words keep internal apostrophes ("China's"); the reader sees normalised text, so they are ASCII.
const TOKEN = /(\d+(?:[.,]\d+)*)|(\p{L}+(?:'\p{L}+)*)|(\S)/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const raw = m[0];
    const type: TokenType = m[1] !== undefined ? "num" : m[2] !== undefined ? "word" : "sym";
    tokens.push({
      type,
      text: raw,
      lower: raw.toLowerCase(),
      start,
      end: start + raw.length,
      spaced: tokens.length === 0 || start > last,
    });
    last = start + raw.length;
  }
  return tokens;
}
