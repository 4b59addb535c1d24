/**
 * Qualifiers ("nearly", "over", "about") and which of them a callout may use
 * for a figure that its source qualifies.
 *
 * Each qualifier stands for a set of values around the figure n. A callout may
 * keep the source's qualifier or use a weaker one (a set that contains the
 * source's), never drop or flip it: "nearly 1000" may become "about 1000" or
 * "under 1000", but not "1000" or "at least 1000".
 */

import { table } from "./lexicon.ts";

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

export const QUALIFIERS: Readonly<Record<string, Relation>> = table({
  about: "approx",
  around: "approx",
  some: "approx",
  approximately: "approx",
  roughly: "approx",
  circa: "approx",
  "an estimated": "approx",
  "close to": "approx",
  "~": "approx",
  "≈": "approx",
  approx: "approx",
  "approx.": "approx",
  "c.": "approx",
  "ca.": "approx",
  "in the region of": "approx",
  "<": "below",
  ">": "above",
  "≤": "at-most",
  "≥": "at-least",
  early: "early",
  mid: "mid",
  "mid-": "mid",
  late: "late",
  nearly: "near-below",
  almost: "near-below",
  "just under": "near-below",
  "just below": "near-below",
  under: "below",
  below: "below",
  "less than": "below",
  "fewer than": "below",
  "up to": "at-most",
  "at most": "at-most",
  "no more than": "at-most",
  "not more than": "at-most",
  "just over": "near-above",
  "just above": "near-above",
  over: "above",
  above: "above",
  "more than": "above",
  "in excess of": "above",
  "upwards of": "above",
  "way over": "far-above",
  "well over": "far-above",
  "far more than": "far-above",
  "at least": "at-least",
  "no less than": "at-least",
  "no fewer than": "at-least",
});

/** Hedges written after the figure ("1,000 or so", "70,000+"). */
export const POST_QUALIFIERS: Readonly<Record<string, Relation>> = table({
  "or so": "approx",
  "-odd": "approx",
  odd: "approx",
  "+": "above",
  plus: "above",
  "or more": "at-least",
  "or over": "at-least",
  "or fewer": "at-most",
  "or less": "at-most",
});

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

/** The relation a qualifier phrase stands for; no qualifier is exact. */
export function relationOf(qualifier: string | null): Relation {
  if (qualifier === null) return "exact";
  const q = qualifier.toLowerCase();
  return QUALIFIERS[q] ?? POST_QUALIFIERS[q] ?? "exact";
}

/** True when a callout qualified `callout` says no more than a source qualified `source`. */
export function qualifierAllowed(source: string | null, callout: string | null): boolean {
  return WEAKER_OR_SAME[relationOf(source)].includes(relationOf(callout));
}
