/**
 * A figure's text cut into its numbers and the words between, to keep each number on one line
 * ("US$21.7 billion" never breaks); a hedge before a number may stand on the line above it.
 */
import type { FactData } from "./site-data.ts";

const RANGE_LINK = /(^(?:between|from)\s+|\s+(?:to|and|through|until|till)\s+)/i;
const RANGE_LINK_ONLY = /^(?:(?:between|from)\s+|\s+(?:to|and|through|until|till)\s+)$/i;

export function figureParts(fact: Pick<FactData, "text" | "numbers">): {
  text: string;
  number: boolean;
}[] {
  const parts: { text: string; number: boolean }[] = [];
  let at = 0;
  for (const n of fact.numbers) {
    const start = fact.text.indexOf(n.text, at);
    if (start < 0) continue;
    const hedge =
      n.qualifier && n.text.toLowerCase().startsWith(`${n.qualifier} `)
        ? n.qualifier.length + 1
        : 0;
    if (start + hedge > at) parts.push({ text: fact.text.slice(at, start + hedge), number: false });
    // A range keeps each end on one line, not the whole of it ("January to October 2012").
    for (const piece of n.text.slice(hedge).split(RANGE_LINK))
      if (piece !== "") parts.push({ text: piece, number: !RANGE_LINK_ONLY.test(piece) });
    at = start + n.text.length;
  }
  if (at < fact.text.length) parts.push({ text: fact.text.slice(at), number: false });
  return parts;
}
