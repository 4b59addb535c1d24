/**
 * Cited passages of one block, cut into runs the page can mark up. Passages may nest or cross
 * ("By the end of 2012, the city was home to" and "home to nearly 1000 …"), so the text is cut at
 * every passage boundary and each run knows every passage that covers it: no passage loses text
 * to another, and none is dropped.
 */
export interface Range {
  id: string;
  start: number;
  end: number;
}

export interface Run {
  text: string;
  start: number;
  /** The passages that cover this run (empty for plain text). */
  ids: string[];
  /** The passages that begin where this run begins: their link targets stand here. */
  starts: string[];
}

/** Cuts `text` at every start and end of `ranges`; ranges with the same id count once. */
export function runs(text: string, ranges: readonly Range[]): Run[] {
  const unique = [...new Map(ranges.map((r) => [r.id, r])).values()].filter(
    (r) => r.start < r.end && r.start >= 0 && r.end <= text.length,
  );
  const cuts = [...new Set([0, text.length, ...unique.flatMap((r) => [r.start, r.end])])].sort(
    (a, b) => a - b,
  );
  const out: Run[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const start = cuts[k] as number;
    const end = cuts[k + 1] as number;
    out.push({
      text: text.slice(start, end),
      start,
      ids: unique.filter((r) => r.start <= start && r.end >= end).map((r) => r.id),
      starts: unique.filter((r) => r.start === start).map((r) => r.id),
    });
  }
  return out;
}
