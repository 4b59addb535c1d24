/**
 * Resolves each extracted callout against the sources: which source, where
 * its quote is, and what each of its numbers is matched to. Checks read this
 * result; nothing here reports.
 */
import { readText, type NumberExpr, type Unsure } from "./numbers/read.ts";
import { romanFigure } from "./numbers/roman.ts";
import { compareNumber, type Verdict } from "./numbers/compare.ts";
import { locateQuote, type Location } from "./quotes/locate.ts";
import { blockTexts, numbersAround, type BlockText } from "./quotes/source-text.ts";
import type { ExtractedFact } from "./mdx/extract.ts";
import { assignIds } from "./mdx/fact-ids.ts";
import type { Source } from "./sources/model.ts";
import { factAttributesSchema } from "./schemas/fact.ts";
import { frameOf, type Frame } from "./claims/frame.ts";
import { paragraphVoices, type ParagraphVoices } from "./claims/attribution.ts";
import { countsAsNoun } from "./claims/nouns.ts";
import { hedgeAround, type OutsideHedge } from "./claims/hedge.ts";

export interface NumberCheck {
  /** The number as read from the callout (offsets in the callout text). */
  expr: NumberExpr;
  verdict: Verdict;
  /**
   * Where the number matches one of the quote's: the claim around each, on the page (the
   * callout's clause as readers see it) and in the source (the quote's sentence).
   */
  claim: { page: Frame; source: Frame } | null;
  /**
   * A verb outside the callout that hedges this bare number ("exceeded <Fact>1,000</Fact>"): the
   * number was compared as the verb qualifies it.
   */
  outside: OutsideHedge | null;
}

/** A hedge outside the callout, and the number of the figure it stands against. */
export interface HedgeOutside {
  hedge: OutsideHedge;
  expr: NumberExpr;
}

export interface FactResult {
  /** The page's path, relative to the project root. */
  file: string;
  id: string;
  fact: ExtractedFact;
  source: Source | null;
  location: Location | null;
  /** The numbers the quote holds, read in the context of its paragraph. */
  quoteNumbers: NumberExpr[];
  /** The declared rounding step, when `round` is valid; an invalid one is reported and not used. */
  round: number | null;
  numbers: NumberCheck[];
  unsure: Unsure[];
  /** A qualifier or hedging verb next to the callout, outside it; null when there is none. */
  hedge: HedgeOutside | null;
}

/** Resolves the facts of one page. `sources` maps ids to checked sources. */
export function resolveFacts(
  file: string,
  facts: ExtractedFact[],
  sources: ReadonlyMap<string, Source>,
): FactResult[] {
  const ids = assignIds(facts);
  return facts.map((fact, k) => resolveFact(file, ids[k] as string, fact, sources));
}

function resolveFact(
  file: string,
  id: string,
  fact: ExtractedFact,
  sources: ReadonlyMap<string, Source>,
): FactResult {
  const { source: sourceId, quote, prefix, suffix, round } = fact.attributes;
  const source = sourceId === undefined ? null : (sources.get(sourceId) ?? null);
  const location = source && quote ? locateQuote(source, { quote, prefix, suffix }) : null;
  const passage = location?.passage ?? null;
  // Read the quote's numbers in their paragraph, so that a hedge just outside the quote ("nearly") still counts.
  const quoteNumbers = passage
    ? numbersAround(passage.blockText, passage.start, passage.end).map((n) =>
        asRead(n, passage.blockText.block.text, 0),
      )
    : [];
  const reading = readText(fact.text);
  const letter = reading.numbers.length === 0 ? romanFigure(fact.text) : null;
  if (letter) reading.unsure.push(letter);
  const step =
    round !== undefined && factAttributesSchema.shape.round.safeParse(round).success
      ? Number(round)
      : null;
  const voices = passage && source ? () => voicesOf(source, passage.blockText) : undefined;
  const hedge = hedgeOf(fact, reading.numbers);
  const numbers = passage
    ? reading.numbers.map((written) => {
        const { context } = fact;
        const expr = asRead(written, context.text, context.start);
        const outside = hedge?.expr === written && verbHedgesFigure(hedge) ? hedge.hedge : null;
        const judged = outside
          ? { ...expr, qualifier: outside.phrase, relation: outside.relation }
          : expr;
        const verdict = compareNumber(judged, quoteNumbers, step);
        const claim = verdict.ok
          ? {
              page: frameOf(
                context.text,
                context.start + expr.start,
                context.start + expr.end,
                "page",
              ),
              source: {
                ...frameOf(
                  passage.blockText.block.text,
                  verdict.match.start,
                  verdict.match.end,
                  "source",
                ),
                ...(voices ? { paragraph: voices } : {}),
              },
            }
          : null;
        return { expr, verdict, claim, outside };
      })
    : [];
  return {
    file,
    id,
    fact,
    source,
    location,
    quoteNumbers,
    round: step,
    numbers,
    unsure: reading.unsure,
    hedge,
  };
}

// How many paragraphs back a source may have named the speaker of a quote ("…,” he says).
const SPEAKER_REACH = 3;

// Each source paragraph's voices, read once: many quotes share a paragraph.
const voicesByBlock = new WeakMap<BlockText, ParagraphVoices>();

/** Whom `block` names and quotes, and whom the paragraphs just before it quote. */
function voicesOf(source: Source, block: BlockText): ParagraphVoices {
  let voices = voicesByBlock.get(block);
  if (!voices) {
    const blocks = blockTexts(source);
    const at = blocks.indexOf(block);
    const earlier = blocks
      .slice(Math.max(0, at - SPEAKER_REACH), Math.max(0, at))
      .map((b) => b.block.text)
      .join("\n");
    voices = paragraphVoices(block.block.text, earlier);
    voicesByBlock.set(block, voices);
  }
  return voices;
}

const FACTOR = /\bfactor of\s+$/i;

/**
 * A number as its sentence reads it: four digits that the figure alone gives as a year are a
 * count where a counted noun follows them ("<Fact>2008</Fact> students"); a number after "a factor
 * of" is a multiple. `offset` is where the
 * number's text starts in `text`.
 */
function asRead(expr: NumberExpr, text: string, offset: number): NumberExpr {
  // "grown by a factor of <Fact>five</Fact>": a multiple, as "five-fold" is.
  if (
    expr.kind === "cardinal" &&
    FACTOR.test(text.slice(Math.max(0, offset + expr.start - 20), offset + expr.start))
  )
    return { ...expr, kind: "multiple" };
  if (expr.kind !== "year" || !/^\d{4}$/.test(expr.text)) return expr;
  return countsAsNoun(text, offset + expr.start, offset + expr.end)
    ? { ...expr, kind: "cardinal" }
    : expr;
}

// Years, dates and times take no hedge from the sentence: "over 2012" is a comparison with it.
const UNHEDGED = new Set(["year", "date", "time"]);

/** The hedge next to the callout, with the figure's number it stands against (its first or last). */
function hedgeOf(fact: ExtractedFact, numbers: NumberExpr[]): HedgeOutside | null {
  const { context } = fact;
  // A callout with no number checks no figure: a hedge in it ("<Fact …>more than</Fact> <Fact
  // …>1,000</Fact>") is as unchecked as one in prose.
  const others = context.callouts.filter(
    (c) =>
      c.start !== context.start && readText(context.text.slice(c.start, c.end)).numbers.length > 0,
  );
  const hedge = hedgeAround(context.text, context, others);
  if (!hedge) return null;
  const expr =
    hedge.side === "before"
      ? numbers.find((n) => fact.text.slice(0, n.start).trim() === "")
      : numbers.findLast((n) => fact.text.slice(n.end).trim() === "");
  return expr && !UNHEDGED.has(expr.kind) ? { hedge, expr } : null;
}

/** A verb's hedge stands for the qualifier of a bare figure; a qualifier phrase belongs inside. */
export function verbHedgesFigure({ hedge, expr }: HedgeOutside): boolean {
  return hedge.form === "verb" && expr.qualifier === null;
}
