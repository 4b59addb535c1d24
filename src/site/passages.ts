/**
 * Cited passages of one block, nested into elements the page can mark up. Each passage is one
 * element with its id (`mark:target` highlights it, with whatever it holds), a passage inside
 * another is an element inside it, and only a passage that crosses another's end ("By the end of
 * 2012, the city was home to" and "home to nearly 1000 …") is cut: its first piece holds its id,
 * the rest carry it as a class (`crossing` lists these, for the rule that highlights them too).
 * No passage loses text to another, and none is dropped.
 */
export interface Range {
  id: string;
  start: number;
  end: number;
}

/** Text, or a passage's piece holding text and further pieces. */
export type Piece = string | Mark;

export interface Mark {
  id: string;
  /** The passage's first piece: it carries the id; a later piece carries it as a class. */
  head: boolean;
  /** Its passage ends here: the back-reference's number stands after this piece. */
  last: boolean;
  children: Piece[];
}

interface Open extends Range {
  head: boolean;
  /** The passage's own end, where this piece may be cut short of it. */
  stop: number;
}

/** Nests `ranges` over `text`; ranges with the same id count once, empty or outside ones not at all. */
export function nest(text: string, ranges: readonly Range[]): Piece[] {
  const unique = [...new Map(ranges.map((r) => [r.id, r])).values()].filter(
    (r) => r.start < r.end && r.start >= 0 && r.end <= text.length,
  );
  return build(
    text,
    0,
    text.length,
    unique.map((r) => ({ ...r, head: true, stop: r.end })),
  );
}

/** Earliest first; of two that start together, the longer holds the other. */
const byPlace = (a: Open, b: Open) => a.start - b.start || b.end - a.end;

function build(text: string, from: number, to: number, items: Open[]): Piece[] {
  const out: Piece[] = [];
  let queue = items.toSorted(byPlace);
  let at = from;
  while (queue.length) {
    const [outer, ...others] = queue as [Open, ...Open[]];
    if (outer.start > at) out.push(text.slice(at, outer.start));
    const inside: Open[] = [];
    const after: Open[] = [];
    for (const r of others) {
      if (r.start >= outer.end) after.push(r);
      else if (r.end <= outer.end) inside.push(r);
      else {
        // It crosses the outer passage's end: cut it there.
        inside.push({ ...r, end: outer.end });
        after.push({ ...r, start: outer.end, head: false });
      }
    }
    out.push({
      id: outer.id,
      head: outer.head,
      last: outer.end === outer.stop,
      children: build(text, outer.start, outer.end, inside),
    });
    at = outer.end;
    queue = after.toSorted(byPlace);
  }
  if (at < to) out.push(text.slice(at, to));
  return out;
}

/** The ids of passages cut into several pieces. */
export function crossing(pieces: readonly Piece[]): string[] {
  const out = new Set<string>();
  const walk = (ps: readonly Piece[]) => {
    for (const p of ps) {
      if (typeof p === "string") continue;
      if (!p.head) out.add(p.id);
      walk(p.children);
    }
  };
  walk(pieces);
  return [...out];
}

/**
 * The passages in the order their ends come in the text, as the numbers after them count:
 * earlier end first, and of two that end together the inner (later start) first.
 */
export function inEndOrder<T extends Range>(passages: readonly T[]): T[] {
  return passages.toSorted((a, b) => a.end - b.end || b.start - a.start);
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/**
 * The pieces as HTML: a passage's first piece `<mark id>`, a later one `<mark class>`. The number
 * after a passage stands after its `<mark id>`, unless the passage is cut: then its first piece is
 * of class `x` and its last of class `e` (few are cut, so the common case costs no class).
 */
export function piecesHtml(pieces: readonly Piece[]): string {
  return pieces
    .map((p) => {
      if (typeof p === "string") return escapeHtml(p);
      const cut = !(p.head && p.last);
      const classes = [
        ...(p.head ? [] : [p.id]),
        ...(cut && p.head ? ["x"] : []),
        ...(cut && p.last ? ["e"] : []),
      ];
      const id = p.head ? ` id="${escapeHtml(p.id)}"` : "";
      const cls = classes.length ? ` class="${escapeHtml(classes.join(" "))}"` : "";
      return `<mark${id}${cls}>${piecesHtml(p.children)}</mark>`;
    })
    .join("");
}
