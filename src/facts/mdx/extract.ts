/**
 * Extracts the `<Fact>` callouts of a parsed MDX page, its `<Derived>`
 * figures, the numbers its prose states without either, and its visible
 * opt-outs (`<NotAClaim why="…">`).
 */
import type { Root, Nodes, Parents } from "mdast";
import { visitParents, SKIP } from "unist-util-visit-parents";
import GithubSlugger from "github-slugger";
import type { NumberExpr } from "../numbers/read.ts";
import { FACT_ATTRIBUTES } from "../schemas/fact.ts";
import { DERIVED_ATTRIBUTES } from "../schemas/derived.ts";
import { placedText, type PlacedText } from "./text-offsets.ts";
import { lookalikesIn, type Lookalike } from "./lookalikes.ts";
import { readProse } from "./prose.ts";
import { collectLinks, type PageLink } from "./links.ts";
import { extractChart, extractOptOut, figureProblems, readAttributes } from "./attributes.ts";
import { contextOf, type Block } from "./context.ts";
import { FootnoteNumbers, headingText } from "./headings.ts";
import { CHART, DERIVED, FACT, NOT_A_CLAIM, isJsx, offsetOf, type JsxElement } from "./nodes.ts";

export { CHART, DERIVED, FACT, NOT_A_CLAIM } from "./nodes.ts";

export interface AttributeProblem {
  code:
    | "fact-attribute-expression"
    | "fact-unknown-attribute"
    | "fact-expression-in-figure"
    | "fact-nested";
  /** The attribute concerned, or "" for a problem of the figure. */
  attribute: string;
  offset: number;
  message: string;
}

export interface ExtractedFact {
  /** String-valued attributes as written. */
  attributes: Record<string, string>;
  /** Offsets of each attribute in the page, to point at it. */
  attributeOffsets: Record<string, number>;
  problems: AttributeProblem[];
  /** The figure as shown to readers. */
  text: string;
  start: number;
  end: number;
  /** The figure placed in the page, to point at each of its numbers. */
  placed: PlacedText;
  /**
   * The block that holds the callout (its paragraph, heading, list item or table cell) as readers
   * see it, through emphasis, links and line breaks, and the figure's range in it: the claim
   * around the figure is read from here.
   */
  context: FigureContext;
}

export interface FigureContext {
  text: string;
  start: number;
  end: number;
  /** Where each callout of the block (this one too) shows its figure in `text`. */
  callouts: { start: number; end: number }[];
}

/** A `<Derived>` figure: the same shape as a callout, with its own attributes. */
export type ExtractedDerived = Omit<ExtractedFact, "context">;

/**
 * A `<Chart>` as written: string attributes as strings, anything else as what it is, for the chart
 * check to refuse.
 */
export interface ExtractedChart {
  attributes: Record<string, unknown>;
  start: number;
}

export interface OptOut {
  why: string | null;
  start: number;
}

export interface UncitedNumber {
  number: NumberExpr;
  /** Range of the number in the page. */
  offset: number;
  endOffset: number;
}

/**
 * Prose that looks numeric but cannot be read: an expression, or a phrase the reader is unsure of.
 */
export interface Unreadable {
  text: string;
  offset: number;
  endOffset: number;
  reason: string;
}

/** A heading and the id Astro gives it, which no callout may take. */
export interface Heading {
  id: string;
  offset: number;
}

export interface ExtractedPage {
  facts: ExtractedFact[];
  derived: ExtractedDerived[];
  uncited: UncitedNumber[];
  unreadable: Unreadable[];
  optOuts: OptOut[];
  headings: Heading[];
  charts: ExtractedChart[];
  /** Links of the page's prose and elements, for the link check. */
  links: PageLink[];
  /** Hidden characters and look-alike words, in prose and figures. */
  lookalikes: Lookalike[];
}

/**
 * The page's `<Fact>` elements, in the order `extractPage` lists its facts
 * (it skips what is inside a callout the same way, and looks inside opt-outs), without
 * reading any text: for glue that already has the facts' results.
 */
export function factElements(tree: Root): JsxElement[] {
  const elements: JsxElement[] = [];
  visitParents(tree, (node: Nodes) => {
    if (!isJsx(node) || !CALLOUTS.has(node.name ?? "")) return undefined;
    if (node.name === FACT) elements.push(node);
    return SKIP;
  });
  return elements;
}

// Elements read as a whole, their children skipped (a chart draws none of its children). An opt-out
// is not among them: its prose is exempt, but a callout inside it is a figure readers see.
const CALLOUTS = new Set([FACT, DERIVED, CHART]);

/**
 * Walks a page's tree once and collects its facts, derived figures, charts,
 * headings, uncited numbers and opt-outs; `text` is the page's source. The
 * result is plain data, no tree nodes, so that it crosses threads cheaply;
 * glue that annotates the tree finds the elements with `factElements`.
 */
export function extractPage(tree: Root, text: string): ExtractedPage {
  const page: ExtractedPage = {
    facts: [],
    derived: [],
    uncited: [],
    unreadable: [],
    optOuts: [],
    headings: [],
    charts: [],
    links: [],
    lookalikes: [],
  };
  // Astro's rehypeHeadingIds: github-slugger over each heading's text, in page order (a repeat
  // gets `-1`).
  const slugger = new GithubSlugger();
  const footnotes = new FootnoteNumbers();
  const blocks = new Map<Nodes, Block>();
  visitParents(tree, (node: Nodes, ancestors: Parents[]) => {
    collectLinks(node, text, page.links);
    if (node.type === "heading")
      page.headings.push({
        id: slugger.slug(headingText(node, footnotes)),
        offset: offsetOf(node),
      });
    if (node.type === "footnoteReference") footnotes.number(node.identifier);
    if (node.type === "footnoteDefinition") footnotes.defined ??= offsetOf(node);
    if (isJsx(node) && node.name === FACT) {
      const fact = extractFact(node, text, ancestors, blocks);
      page.facts.push(fact);
      page.lookalikes.push(...lookalikesIn(fact.placed, fact.start));
      return SKIP;
    }
    if (isJsx(node) && node.name === DERIVED) {
      // Skipped like a callout: its figure is checked by recomputing it, so its numbers are cited.
      const derived = extractDerived(node, text);
      page.derived.push(derived);
      page.lookalikes.push(...lookalikesIn(derived.placed, derived.start));
      return SKIP;
    }
    if (isJsx(node) && node.name === CHART) {
      page.charts.push(extractChart(node));
      return SKIP;
    }
    if (isJsx(node) && node.name === NOT_A_CLAIM) {
      page.optOuts.push(extractOptOut(node));
      return undefined; // on to the callouts inside, if any
    }
    // Callouts were skipped above; what is left is prose, unless an opt-out exempts it.
    if (!ancestors.some((a) => isJsx(a) && a.name === NOT_A_CLAIM)) readProse(node, text, page);
    return undefined;
  });
  // Referenced footnotes are listed at the end under a heading whose id is always `footnote-label`.
  if (footnotes.referenced && footnotes.defined !== undefined)
    page.headings.push({ id: "footnote-label", offset: footnotes.defined });
  return page;
}

function extractFact(
  node: JsxElement,
  page: string,
  ancestors: Parents[],
  blocks: Map<Nodes, Block>,
): ExtractedFact {
  const { attributes, attributeOffsets, problems } = readAttributes(node, FACT_ATTRIBUTES);
  problems.push(...figureProblems(node));
  const placed = placedText(node, page);
  return {
    attributes,
    attributeOffsets,
    problems,
    text: placed.text,
    start: offsetOf(node),
    end: node.position?.end.offset ?? offsetOf(node),
    placed,
    context: contextOf(placed, ancestors, page, blocks),
  };
}

function extractDerived(node: JsxElement, page: string): ExtractedDerived {
  const { attributes, attributeOffsets, problems } = readAttributes(node, DERIVED_ATTRIBUTES);
  problems.push(...figureProblems(node));
  const placed = placedText(node, page);
  return {
    attributes,
    attributeOffsets,
    problems,
    text: placed.text,
    start: offsetOf(node),
    end: node.position?.end.offset ?? offsetOf(node),
    placed,
  };
}
