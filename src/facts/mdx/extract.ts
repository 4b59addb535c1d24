/**
 * Extracts the `<Fact>` callouts of a parsed MDX page, its `<Derived>`
 * figures, the numbers its prose states without either, and its visible
 * opt-outs (`<NotAClaim why="…">`).
 */
import type { Root, Nodes, Parents } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visitParents, SKIP } from "unist-util-visit-parents";
import GithubSlugger from "github-slugger";
import type { NumberExpr } from "../numbers/read.ts";
import { FACT_ATTRIBUTES } from "../schemas/fact.ts";
import { DERIVED_ATTRIBUTES } from "../schemas/derived.ts";
import { placedText, type PlacedText } from "./text-offsets.ts";
import { lookalikesIn, type Lookalike } from "./lookalikes.ts";
import { readProse } from "./prose.ts";
import { collectLinks, type PageLink } from "./links.ts";

/** The callout component. */
export const FACT = "Fact";
/** A figure computed from callouts by a formula; its numbers are checked by recomputing them. */
export const DERIVED = "Derived";
/** The visible opt-out for a number in prose that is no claim (a chapter number, say). */
export const NOT_A_CLAIM = "NotAClaim";
/** A bar chart drawn from callouts; its numbers come from the callouts it names. */
export const CHART = "Chart";

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

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

const EXPRESSIONS = new Set(["mdxTextExpression", "mdxFlowExpression", "mdxjsEsm"]);
/**
 * The blocks a reader takes as one stretch of prose: a figure's claim is read within one. A table
 * row is read as its cells joined by semicolons, so that a figure is read with its row's header
 * but each cell stays a clause of its own.
 */
const BLOCKS = new Set(["paragraph", "heading", "tableRow"]);

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
  const blocks = new Map<Nodes, PlacedText>();
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
  blocks: Map<Nodes, PlacedText>,
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

/** The figure in its block's text, as readers see it; the figure alone where no block holds it. */
function contextOf(
  figure: PlacedText,
  ancestors: Parents[],
  page: string,
  blocks: Map<Nodes, PlacedText>,
): FigureContext {
  const alone = { text: figure.text, start: 0, end: figure.text.length };
  const block = ancestors.findLast((a) => BLOCKS.has(a.type));
  const first = figure.offsets[0];
  if (!block || first === undefined) return alone;
  let placed = blocks.get(block);
  if (!placed) {
    placed = block.type === "tableRow" ? rowText(block, page) : placedText(block, page);
    blocks.set(block, placed);
  }
  const start = placed.offsets.indexOf(first);
  if (start < 0 || placed.text.slice(start, start + figure.text.length) !== figure.text)
    return alone;
  return { text: placed.text, start, end: start + figure.text.length };
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

/**
 * The element's string attributes and their places; expressions and names not in `known` are
 * problems.
 */
function readAttributes(
  node: JsxElement,
  known: readonly string[],
): Pick<ExtractedFact, "attributes" | "attributeOffsets" | "problems"> {
  const attributes: Record<string, string> = {};
  const attributeOffsets: Record<string, number> = {};
  const problems: AttributeProblem[] = [];
  for (const attribute of node.attributes) {
    const offset = attribute.position?.start.offset ?? offsetOf(node);
    if (attribute.type !== "mdxJsxAttribute") {
      problems.push({
        code: "fact-attribute-expression",
        attribute: "{…}",
        offset,
        message: 'Unexpected spread attribute, expected plain `name="value"` attributes',
      });
      continue;
    }
    attributeOffsets[attribute.name] = offset;
    if (!known.includes(attribute.name)) {
      problems.push({
        code: "fact-unknown-attribute",
        attribute: attribute.name,
        offset,
        message:
          `Unexpected attribute \`${attribute.name}\`, expected one of ` +
          `${known.map((a) => `\`${a}\``).join(", ")}`,
      });
      continue;
    }
    if (typeof attribute.value === "string") attributes[attribute.name] = attribute.value;
    else {
      problems.push({
        code: "fact-attribute-expression",
        attribute: attribute.name,
        offset,
        message:
          `Unexpected ` +
          `${attribute.value === null ? "attribute without a value" : "expression"} for ` +
          `\`${attribute.name}\`, expected a quoted string the check can read, like ` +
          `\`${attribute.name}="…"\``,
      });
    }
  }
  return { attributes, attributeOffsets, problems };
}

/** A table row's cells as one text, joined by "; " (placed at the end of the cell before). */
function rowText(row: Parents, page: string): PlacedText {
  const out: PlacedText = { text: "", offsets: [], ends: [] };
  row.children.forEach((cell, k) => {
    const placed = placedText(cell, page);
    if (k > 0) {
      const at = cell.position?.start.offset ?? 0;
      out.text += "; ";
      out.offsets.push(at, at);
      out.ends.push(at, at);
    }
    out.text += placed.text;
    for (const o of placed.offsets) out.offsets.push(o);
    for (const e of placed.ends) out.ends.push(e);
  });
  return out;
}

/**
 * Expressions and nested callouts in a figure: what readers would see that the check cannot read.
 */
function figureProblems(node: JsxElement): AttributeProblem[] {
  const problems: AttributeProblem[] = [];
  visitParents(node, (inner: Nodes) => {
    if (inner === node) return undefined;
    const offset = offsetOf(inner);
    if (isJsx(inner) && (inner.name === FACT || inner.name === DERIVED)) {
      const outer = node.name ?? FACT;
      problems.push({
        code: "fact-nested",
        attribute: "",
        offset,
        message: `Unexpected \`<${inner.name}>\` inside a \`<${outer}>\`, expected each figure in its own callout`,
      });
      return SKIP;
    }
    if (EXPRESSIONS.has(inner.type)) {
      problems.push({
        code: "fact-expression-in-figure",
        attribute: "",
        offset,
        message:
          "Unexpected `{…}` expression in the figure, expected plain text the check can read",
      });
    }
    return undefined;
  });
  return problems;
}

/**
 * Footnotes are numbered in the order they are first referenced, as the rendered page numbers them.
 */
class FootnoteNumbers {
  private readonly order: string[] = [];
  /** Where the first footnote is defined, if any is. */
  defined: number | undefined;
  get referenced(): boolean {
    return this.order.length > 0;
  }
  number(identifier: string): string {
    const k = this.order.indexOf(identifier);
    return String(k < 0 ? this.order.push(identifier) : k + 1);
  }
}

/**
 * A heading's text as Astro reads it for its id: every text, code and expression, and a footnote
 * reference's number.
 */
function headingText(node: Nodes, footnotes: FootnoteNumbers): string {
  if (node.type === "footnoteReference") return footnotes.number(node.identifier);
  if (node.type === "image" || node.type === "imageReference") return "";
  if ("value" in node && typeof node.value === "string") return node.value;
  return "children" in node
    ? node.children.map((child) => headingText(child as Nodes, footnotes)).join("")
    : "";
}

function extractChart(node: JsxElement): ExtractedChart {
  const attributes: Record<string, unknown> = {};
  for (const a of node.attributes) {
    if (a.type !== "mdxJsxAttribute")
      attributes["{…}"] = a.value; // a spread: no attribute the chart accepts
    else
      attributes[a.name] =
        typeof a.value === "string" || a.value == null
          ? (a.value ?? null)
          : { expression: a.value.value };
  }
  return { attributes, start: offsetOf(node) };
}

function extractOptOut(node: JsxElement): OptOut {
  const why = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "why");
  return {
    why: why && typeof why.value === "string" && why.value.trim() !== "" ? why.value : null,
    start: offsetOf(node),
  };
}

function isJsx(node: Nodes): node is JsxElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

function offsetOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}
