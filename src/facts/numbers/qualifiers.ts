/**
 * Qualifiers ("nearly", "over", "about") and which of them a callout may use for a figure that its
 * source qualifies. The words themselves are in the vocabulary (`vocabulary.ts`).
 *
 * Each qualifier stands for a set of values around the figure n. A callout may keep the source's
 * qualifier or use a weaker one (a set that contains the source's), never drop or flip it:
 * "nearly 1000" may become "about 1000" or "under 1000", but not "1000" or "at least 1000".
 */
import { POST_QUALIFIERS, PRE_QUALIFIERS } from "./vocabulary.ts";

export type Relation =
  | "exact" // n
  | "approx" // around n, either side
  | "near-below" // a little under n
  | "below" // < n
  | "at-most" // <= n
  | "near-above" // a little over n
  | "above" // > n
  | "far-above" // well over n
  | "at-least" // >= n
  | "early" // the early part of a year or decade
  | "mid" // its middle
  | "late"; // its end

/** For each source relation, the callout relations that are the same or weaker. */
const WEAKER_OR_SAME: Record<Relation, readonly Relation[]> = {
  exact: ["exact", "approx", "at-most", "at-least"],
  approx: ["approx"],
  "near-below": ["near-below", "approx", "below", "at-most"],
  below: ["below", "at-most"],
  "at-most": ["at-most"],
  "near-above": ["near-above", "approx", "above", "at-least"],
  above: ["above", "at-least"],
  "far-above": ["far-above", "above", "at-least"],
  "at-least": ["at-least"],
  // "the early 2000s" may become "the 2000s" (weaker), never "the late 2000s".
  early: ["early", "exact"],
  mid: ["mid", "exact"],
  late: ["late", "exact"],
};

/** The relation a qualifier phrase stands for; no qualifier (or an unknown one) is exact. */
export function relationOf(qualifier: string | null): Relation {
  if (qualifier === null) return "exact";
  const q = qualifier.toLowerCase().replace(/\s+/g, " ");
  return PRE_QUALIFIERS[q] ?? POST_QUALIFIERS[q] ?? "exact";
}

/** True when a callout whose relation is `callout` says no more than a source whose relation is `source`. */
export function relationAllowed(source: Relation, callout: Relation): boolean {
  return WEAKER_OR_SAME[source].includes(callout);
}

/** True when a callout qualified `callout` says no more than a source qualified `source`. */
export function qualifierAllowed(source: string | null, callout: string | null): boolean {
  return relationAllowed(relationOf(source), relationOf(callout));
}
