/**
 * A figure's text cut into its numbers and the words between, to keep each number on one line
 * ("US$21.7 billion" never breaks); a hedge before a number may stand on the line above it.
 */
import type { FactData } from "./site-data.ts";

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
    parts.push({ text: n.text.slice(hedge), number: true });
    at = start + n.text.length;
  }
  if (at < fact.text.length) parts.push({ text: fact.text.slice(at), number: false });
  return parts;
}
