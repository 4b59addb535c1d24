/**
 * Ready-to-paste callouts for a passage: one per number it holds (or one for
 * a passage without numbers), each quoting whole clauses around its number
 * that say what it counts, unique in its source and proved by the real check
 * before it is offered.
 */
import { locateQuote } from "../quotes/locate.ts";
import { numbersAround, blockTexts } from "../quotes/source-text.ts";
import type { NumberExpr } from "../numbers/read.ts";
import type { Source } from "../sources/model.ts";
import type { Passage } from "./passages.ts";
import { clauseRanges, clausesOf, type Span } from "./clauses.ts";
import type { Proof } from "./prove.ts";

export interface Snippet {
  /** The MDX to paste. */
  mdx: string;
  figure: string;
  /** What the sentence it is pasted into must say, as the source's does ("it counts per year"). */
  sentence: string[];
}

// Words a quote holds besides its numbers, at least, to say what a figure counts ("intake of
// around 1000 students a year"), unless the whole sentence has fewer.
const MIN_WORDS = 3;

/**
 * Whether a callout passes the check on a page of its own, but for what its sentence must say:
 * the caller proves what cite proposes (`proveSnippet`).
 */
export type Accepts = (mdx: string) => Proof;

export function snippetsFor(
  passage: Passage,
  sources: ReadonlyMap<string, Source>,
  accepts: Accepts,
): Snippet[] {
  const source = sources.get(passage.source);
  const bt = source && blockTexts(source).find((b) => b.block.anchor === passage.anchor);
  if (!source || !bt) return [];
  const text = bt.block.text;
  const numbers = numbersAround(bt, passage.start, passage.end).filter(
    (n) => n.start >= passage.start && n.end <= passage.end,
  );
  const wanted = numbers.length
    ? numbers.map((n) => ({ figure: n.text, start: n.start, end: n.end }))
    : [{ figure: "", start: passage.start, end: passage.end }];
  const clauses = clausesOf(text, passage.start, passage.end);
  const snippets: Snippet[] = [];
  for (const want of wanted) {
    // A passage without numbers anchors a claim in words: the figure is left for the contributor.
    const figure = want.figure || "…";
    const ranges = clauseRanges(text, clauses, want);
    for (const [k, range] of ranges.entries()) {
      const quote = text.slice(range.start, range.end);
      const whole = k === ranges.length - 1;
      if (!whole && wordsBesides(quote, range, numbers) < MIN_WORDS) continue;
      if (locateQuote(source, { quote }).status === "failed") continue; // not unique
      const mdx = `<Fact source="${passage.source}" quote=${attribute(quote)}>${figure}</Fact>`;
      const proof = accepts(mdx);
      if (!proof.ok) continue;
      snippets.push({ mdx, figure, sentence: proof.sentence });
      break;
    }
  }
  return snippets;
}

/** How many words of `quote` (at `range` of its block) are not part of a number. */
function wordsBesides(quote: string, range: Span, numbers: readonly NumberExpr[]): number {
  let count = 0;
  for (const m of quote.matchAll(/\p{L}[\p{L}'’-]+/gu)) {
    const at = range.start + m.index;
    if (!numbers.some((n) => at < n.end && at + m[0].length > n.start)) count++;
  }
  return count;
}

/**
 * A JSX attribute value: in double quotes, or single ones when the quote holds a straight `"`
 * (curly ones when it also holds a `'`: quotes match with typographic quotes folded).
 */
function attribute(value: string): string {
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  let marks = 0;
  return `"${value.replace(/"/g, () => (marks++ % 2 === 0 ? "“" : "”"))}"`;
}
