/**
 * Resolves each `<Derived>` figure: its formula parsed, each name bound to
 * the callout with that explicit id (on the same page first, then anywhere in
 * the site), the result computed from the cited numbers, and the figure
 * judged against it. Checks read this result; nothing here reports.
 */
import { readText, type NumberExpr } from "../numbers/read.ts";
import type { ExtractedDerived } from "../mdx/extract.ts";
import type { FactResult } from "../resolve.ts";
import { derivedAttributesSchema } from "../schemas/derived.ts";
import {
  inWords,
  namesOf,
  parseFormula,
  type Formula,
  type FormulaError,
  type WordPart,
} from "./formula.ts";
import { evaluate, quantityOf, type Quantity } from "./quantity.ts";
import { inFigureTerms, judgeFigure, restate, trim, type FigureVerdict } from "./figure.ts";

export interface DerivedInput {
  /** The name as the formula writes it: the callout's explicit id. */
  name: string;
  /** Where the name stands in the formula. */
  index: number;
  /** The callout it names, or null when none (or several on other pages) has this id. */
  fact: FactResult | null;
  /** Pages that each hold a callout of this id, when the name is ambiguous. */
  ambiguous: string[];
  /**
   * The number of the callout's figure the formula uses, and its value: the source's where the
   * callout rounded it.
   */
  number: NumberExpr | null;
  value: number | null;
  /** The source's number, when the callout shows it rounded. */
  roundedFrom: string | null;
  /** True when the callout or its source hedges the number ("nearly", "over", "about"). */
  approximate: boolean;
  /** Why the callout's figure cannot enter the formula. */
  refused: string | null;
  /** True when the check refused the callout itself: nothing is computed from it. */
  factRefused: boolean;
}

export interface DerivedResult {
  /** The page's path, relative to the project root. */
  file: string;
  id: string;
  derived: ExtractedDerived;
  formula: Formula | null;
  formulaError: FormulaError | null;
  /** The formula in words, each input a part the reader's note can link. */
  words: WordPart[];
  inputs: DerivedInput[];
  /** What the formula computes; null when an input is missing, or `refused` says why not. */
  result: Quantity | null;
  refused: string | null;
  /** The one number of the figure, or null (`figureProblem` says why). */
  figure: NumberExpr | null;
  figureProblem: string | null;
  /**
   * The result in the figure's terms, unrounded ("2.50867"), and written as the figure is
   * ("2.50867 times").
   */
  exact: string | null;
  exactText: string | null;
  /** The declared rounding step, when valid. */
  round: number | null;
  /** Some input is hedged, so the result is approximate. */
  approximate: boolean;
  /** Where an element of the page already has this figure's explicit id, that element's offset. */
  idTakenAt: number | null;
  verdict: FigureVerdict | null;
}

/**
 * Resolves the derived figures of one page. `siteFacts` holds every page's callouts; `isRefused`
 * says which of them the check refused, so that no result is computed from them.
 */
export function resolveDerived(
  file: string,
  items: ExtractedDerived[],
  pageFacts: readonly FactResult[],
  siteFacts: readonly FactResult[],
  isRefused: (fact: FactResult) => boolean = () => false,
): DerivedResult[] {
  const seen = new Map<string, number>();
  const results: DerivedResult[] = [];
  // `page#id` must land on one element: a callout's id, or an earlier derived figure's, is taken.
  const taken = new Map<string, number>(
    pageFacts.map((f) => [f.id, f.fact.attributeOffsets.id ?? f.fact.start]),
  );
  for (const item of items) {
    const result = resolveOne(file, idOf(item, seen), item, { pageFacts, siteFacts, isRefused });
    const explicit = item.attributes.id;
    if (explicit !== undefined) result.idTakenAt = taken.get(explicit) ?? null;
    if (explicit !== undefined && !taken.has(explicit))
      taken.set(explicit, item.attributeOffsets.id ?? item.start);
    results.push(result);
  }
  return results;
}

/** The callouts a formula may name. */
interface Callouts {
  pageFacts: readonly FactResult[];
  siteFacts: readonly FactResult[];
  isRefused: (fact: FactResult) => boolean;
}

function resolveOne(
  file: string,
  id: string,
  derived: ExtractedDerived,
  callouts: Callouts,
): DerivedResult {
  const attrs = derived.attributes;
  const round =
    attrs.round !== undefined && derivedAttributesSchema.shape.round.safeParse(attrs.round).success
      ? Number(attrs.round)
      : null;
  const base: DerivedResult = {
    file,
    id,
    derived,
    formula: null,
    formulaError: null,
    words: [],
    inputs: [],
    result: null,
    refused: null,
    figure: null,
    figureProblem: null,
    exact: null,
    exactText: null,
    round,
    approximate: false,
    idTakenAt: null,
    verdict: null,
  };
  const figure = readFigure(derived.text);
  Object.assign(base, figure);
  if (attrs.formula === undefined || attrs.formula.trim() === "") return base;
  const parsed = parseFormula(attrs.formula);
  if ("error" in parsed) return { ...base, formulaError: parsed.error };
  const formula = parsed.formula;
  const inputs = namesOf(formula).map((n) => bind(n.name, n.index, file, callouts));
  const approximate = inputs.some((i) => i.approximate);
  const out: DerivedResult = { ...base, formula, words: inWords(formula), inputs, approximate };
  if (inputs.some((i) => i.value === null)) return out;
  const bound = new Map<string, Quantity>();
  for (const i of inputs)
    if (i.number && i.value !== null) bound.set(i.name, quantityOf(i.number, i.value) as Quantity);
  const result = evaluate(formula, bound);
  if ("refused" in result) return { ...out, refused: result.refused };
  if (!out.figure) return { ...out, result };
  const terms = inFigureTerms(result, out.figure);
  if (terms === null) return { ...out, result, verdict: { ok: false, problem: "measure" } };
  const exact = trim(terms / out.figure.scale);
  return {
    ...out,
    result,
    exact,
    exactText: restate(out.figure, exact),
    verdict: judgeFigure(terms, out.figure, round),
  };
}

/** The figure's one number, or why there is none to judge. */
function readFigure(text: string): Pick<DerivedResult, "figure" | "figureProblem"> {
  const { numbers, unsure } = readText(text);
  if (unsure.length > 0)
    return {
      figure: null,
      figureProblem: `\`${unsure[0]!.text}\` cannot be read: ${unsure[0]!.reason}`,
    };
  if (numbers.length === 1) return { figure: numbers[0]!, figureProblem: null };
  return {
    figure: null,
    figureProblem:
      numbers.length === 0
        ? "it holds no number"
        : `it holds ${numbers.length} numbers (${numbers.map((n) => `\`${n.text}\``).join(", ")})`,
  };
}

/** The callout a name stands for, and the number it gives the formula. */
function bind(
  name: string,
  index: number,
  file: string,
  { pageFacts, siteFacts, isRefused }: Callouts,
): DerivedInput {
  const input: DerivedInput = {
    name,
    index,
    fact: null,
    ambiguous: [],
    number: null,
    value: null,
    roundedFrom: null,
    approximate: false,
    refused: null,
    factRefused: false,
  };
  const here = pageFacts.find((f) => f.fact.attributes.id === name);
  const elsewhere = here
    ? []
    : siteFacts.filter((f) => f.file !== file && f.fact.attributes.id === name);
  if (elsewhere.length > 1) return { ...input, ambiguous: elsewhere.map((f) => f.file) };
  const fact = here ?? elsewhere[0];
  if (!fact) return input;
  if (isRefused(fact)) return { ...input, fact, factRefused: true };
  const numbers = readText(fact.fact.text).numbers;
  if (numbers.length !== 1) {
    return {
      ...input,
      fact,
      refused:
        numbers.length === 0
          ? "its figure holds no number"
          : `its figure holds ${numbers.length} numbers ` +
            `(${numbers.map((n) => `\`${n.text}\``).join(", ")}); give each its own callout`,
    };
  }
  const number = numbers[0]!;
  const quantity = quantityOf(number);
  if ("refused" in quantity) return { ...input, fact, number, refused: quantity.refused };
  // Compute from what the source says: a callout that shows `US$1.8 billion` for `US$1.79 billion`
  // gives 1.79 billion.
  const check = fact.numbers.find((n) => n.expr.start === number.start);
  const match =
    check?.verdict.ok && check.verdict.rounded && check.verdict.match.kind === number.kind
      ? check.verdict.match
      : null;
  // "a dozen" is approximate with no qualifier written: the relation says so.
  const sourceRelation = check?.verdict.ok ? check.verdict.match.relation : "exact";
  const approximate = number.relation !== "exact" || sourceRelation !== "exact";
  return {
    ...input,
    fact,
    number,
    value: match ? match.value : number.value,
    roundedFrom: match ? match.text : null,
    approximate,
  };
}

/**
 * An explicit `id`, or the formula and figure's own, so that it stays put when figures are added
 * around it.
 */
function idOf(item: ExtractedDerived, seen: Map<string, number>): string {
  if (item.attributes.id) return item.attributes.id;
  const base = `derived-${
    (item.attributes.formula ?? "")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "figure"
  }`;
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  return count === 1 ? base : `${base}-${count}`;
}
