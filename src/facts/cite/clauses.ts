/**
 * The clauses of a sentence: the runs of words between its punctuation (a comma, semicolon or
 * colon and a space, a dash between spaces), a parenthesis kept whole inside its clause. A quote
 * made of whole clauses names what its figure counts ("5280 invention patents were applied for in
 * Dalian"), where a run of words grown a word at a time stops anywhere ("Technology (Intellectual
 * Property Office), 5280 invention patents were").
 */

/** A range of a block's text. */
export interface Span {
  start: number;
  end: number;
}

/** The clauses of `text[from, to)`, in order, each trimmed of spaces and clause punctuation. */
export function clausesOf(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let start = from;
  let depth = 0;
  for (let at = from; at < to; at++) {
    const c = text[at]!;
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && boundaryAt(text, at)) {
      spans.push(trim(text, start, at));
      start = at + 1;
    }
  }
  spans.push(trim(text, start, to));
  return spans.filter((s) => s.end > s.start);
}

/**
 * Quotes around `figure` made of whole clauses, narrowest first: the parenthesis that holds it, if
 * any, then its clause, then that with the clause before, the one after, and so on to the whole of
 * `clauses`.
 */
export function clauseRanges(text: string, clauses: readonly Span[], figure: Span): Span[] {
  const at = clauses.findIndex((c) => c.end > figure.start);
  if (at < 0) return [];
  const ranges: Span[] = [];
  const group = parenthesis(text, clauses[at]!, figure);
  if (group) ranges.push(group);
  let first = at;
  let last = Math.max(
    at,
    clauses.findLastIndex((c) => c.start < figure.end),
  );
  for (let grow = 0; ; grow++) {
    ranges.push({ start: clauses[first]!.start, end: clauses[last]!.end });
    // Widen towards the start first: the words before a figure usually say what it counts.
    if (grow % 2 === 0 && first > 0) first--;
    else if (last < clauses.length - 1) last++;
    else if (first > 0) first--;
    else return ranges;
  }
}

/** A comma, semicolon or colon before a space (not the comma of `1,000`), or a spaced dash. */
function boundaryAt(text: string, at: number): boolean {
  const c = text[at]!;
  if (/[,;:]/.test(c)) return /\s/.test(text[at + 1] ?? " ");
  return /[—–]/.test(c) && /\s/.test(text[at - 1] ?? "") && /\s/.test(text[at + 1] ?? "");
}

/** The innermost parenthesis of `clause` that holds `figure`, parentheses included. */
function parenthesis(text: string, clause: Span, figure: Span): Span | null {
  const open = text.lastIndexOf("(", figure.start);
  if (open < clause.start) return null;
  const close = text.indexOf(")", figure.end);
  if (close < 0 || close >= clause.end || text.slice(open + 1, figure.start).includes(")"))
    return null;
  return { start: open, end: close + 1 };
}

/** `[from, to)` without the spaces and clause punctuation at its ends. */
function trim(text: string, from: number, to: number): Span {
  let start = from;
  let end = to;
  while (start < end && /[\s,;:—–]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:.!?—–]/.test(text[end - 1]!)) end--;
  return { start, end };
}
