/** Suggests the passage closest to a quote that was not found, and how they differ. */
import search from "approx-string-match";
import { diffWords } from "diff";
import { normalize, toOriginalRange } from "../text/normalize.ts";
import type { Source } from "../sources/model.ts";
import { blockTexts } from "./source-text.ts";

export interface Closest {
  anchor: string;
  /** The passage as the edition has it. */
  text: string;
  /** Offset of the passage in the edition file. */
  offset: number;
  /** Word differences, quote first: "`1000` → `1,000`". */
  differences: string[];
}

/** The best approximate match in the source's content blocks, within about a third of the quote's length. */
export function closestPassage(source: Source, quote: string): Closest | null {
  const needle = normalize(quote).text.trim();
  if (needle === "") return null;
  const maxErrors = Math.max(2, Math.floor(needle.length / 3));
  let best: { errors: number; closest: Closest } | null = null;
  for (const bt of blockTexts(source)) {
    if (!bt.content) continue;
    for (const match of search(bt.normalized.text, needle, maxErrors)) {
      if (best && match.errors >= best.errors) continue;
      const [start, end] = toOriginalRange(
        bt.normalized,
        match.start,
        Math.max(match.start + 1, match.end),
      );
      const text = bt.block.text.slice(start, end);
      best = {
        errors: match.errors,
        closest: {
          anchor: bt.block.anchor,
          text,
          offset: bt.block.textOffset + start,
          differences: differences(needle, normalize(text).text),
        },
      };
    }
  }
  return best?.closest ?? null;
}

function differences(quote: string, passage: string): string[] {
  const out: string[] = [];
  const parts = diffWords(quote, passage);
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const next = parts[k + 1];
    if (part.removed && next?.added) {
      out.push(`\`${part.value.trim()}\` → \`${next.value.trim()}\``);
      k++;
    } else if (part.removed) out.push(`\`${part.value.trim()}\` is not in the source`);
    else if (part.added) out.push(`the source has \`${part.value.trim()}\` here`);
  }
  return out.slice(0, 5);
}
