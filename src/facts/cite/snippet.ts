/**
 * Ready-to-paste callouts for a passage: one per number it holds (or one for
 * a passage without numbers), each with a quote unique in its source and
 * proved by the real check before it is offered.
 */
import { locateQuote } from "../quotes/locate.ts";
import { numbersAround, blockTexts } from "../quotes/source-text.ts";
import type { Source } from "../sources/model.ts";
import type { Passage } from "./passages.ts";

export interface Snippet {
  /** The MDX to paste. */
  mdx: string;
  figure: string;
}

// Quotes grow from the number outwards, a word at a time, until unique and at least this long:
// enough words to say what the figure counts (or the whole sentence, if shorter).
const MIN_WORDS = 8;

/** Whether a callout passes the check on a page of its own: the caller proves what cite proposes. */
export type Accepts = (mdx: string) => boolean;

export function snippetsFor(
  passage: Passage,
  sources: ReadonlyMap<string, Source>,
  accepts: Accepts,
): Snippet[] {
  const source = sources.get(passage.source);
  const bt = source && blockTexts(source).find((b) => b.block.anchor === passage.anchor);
  if (!source || !bt) return [];
  const numbers = numbersAround(bt, passage.start, passage.end).filter(
    (n) => n.start >= passage.start && n.end <= passage.end,
  );
  const wanted = numbers.length
    ? numbers.map((n) => ({ figure: n.text, start: n.start, end: n.end }))
    : [{ figure: "", start: passage.start, end: passage.end }];
  const snippets: Snippet[] = [];
  for (const want of wanted) {
    const quote = uniqueQuote(source, bt.block.text, passage, want.start, want.end);
    if (!quote) continue;
    // A passage without numbers anchors a claim in words: the figure is left for the contributor to write.
    const figure = want.figure || "…";
    const mdx = `<Fact source="${passage.source}" quote=${attribute(quote)}>${figure}</Fact>`;
    if (accepts(mdx)) snippets.push({ mdx, figure });
  }
  return snippets;
}

/** The shortest run of whole words around `[start, end)`, within the passage, that occurs once in the source. */
function uniqueQuote(
  source: Source,
  text: string,
  passage: Passage,
  start: number,
  end: number,
): string | null {
  const words = [...text.slice(passage.start, passage.end).matchAll(/\S+/g)].map((m) => ({
    from: passage.start + m.index,
    to: passage.start + m.index + m[0].length,
  }));
  let first = words.findIndex((w) => w.to > start);
  let last = words.findLastIndex((w) => w.from < end);
  if (first < 0 || last < 0) return null;
  for (let grow = 0; grow <= words.length; grow++) {
    const quote = text.slice(words[first]!.from, words[last]!.to);
    const long = last - first + 1 >= Math.min(MIN_WORDS, words.length);
    if (long && !quote.includes('"') && locateQuote(source, { quote }).status !== "failed")
      return quote;
    // Grow towards the start first: the words before a figure usually say what it counts.
    if (grow % 2 === 0 && first > 0) first--;
    else if (last < words.length - 1) last++;
    else if (first > 0) first--;
    else return null;
  }
  return null;
}

/** A JSX attribute value; quotes with a straight double quote were skipped above. */
function attribute(value: string): string {
  return `"${value}"`;
}
