/**
 * "Did you mean": the known name nearest to one that names nothing, offered only when it is near
 * enough to be a slip of the keys or a small rename. A name that was removed, or never existed,
 * gets no suggestion: a random one sends the contributor the wrong way.
 */
import { distance } from "fastest-levenshtein";

/** The candidate nearest to `name`, or null when none is within a slip of it. */
export function nearest(name: string, candidates: Iterable<string>): string | null {
  let best: { candidate: string; distance: number } | null = null;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const d = distance(name, candidate);
    if (d <= allowed(name, candidate) && (best === null || d < best.distance))
      best = { candidate, distance: d };
  }
  return best?.candidate ?? null;
}

/** "Did you mean `x`?", or "" when nothing is near. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const near = nearest(name, candidates);
  return near === null ? "" : `Did you mean \`${near}\`?`;
}

// A quarter of the longer name's characters, at least one edit, and two (a swapped pair of
// letters) from eight characters on: `great-leap-foward` is near `great-leap-forward`,
// `revenue-2011` near `revenue-2010`, `staf` near `staff`; `L400` is near no `L4`, and
// `dalian-news` near nothing in `back-office-hub`.
function allowed(a: string, b: string): number {
  const length = Math.max(a.length, b.length);
  return Math.max(length >= 8 ? 2 : 1, Math.floor(length / 4));
}
