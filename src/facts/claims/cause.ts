/**
 * Whether a page links two of its cited claims by cause ("Because Dalian trains 70,000 students,
 * revenues reached…", "…employed by Neusoft, so 90 per cent…"). A cause is a claim of its own:
 * the source must state one too. A sentence with a single callout may still reason in the site's
 * own voice ("the feature is undated, so its 'last year' is not dated here").
 */
import type { FigureContext } from "../mdx/extract.ts";
import { sentenceAround } from "./sentences.ts";
import { CAUSE } from "./words.ts";

const CAUSES = new RegExp(CAUSE.source, "giu");

/** The cause words of the callout's sentence that stand before another of its callouts. */
export function causeBetweenCallouts(context: FigureContext): string | null {
  const sentence = sentenceAround(context.text, context.start, context.end);
  const callouts = context.callouts.filter(
    (c) => c.start >= sentence.start && c.end <= sentence.end,
  );
  if (callouts.length < 2) return null;
  const last = Math.max(...callouts.map((c) => c.start));
  const body = context.text.slice(sentence.start, last);
  for (const m of body.matchAll(CAUSES)) return m[0].replace(/^[,;]\s*/u, "");
  return null;
}
