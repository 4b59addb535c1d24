/**
 * Turns a chart's spec into marks whose every number is a checked number of a
 * `<Fact>`: a mark's value is the one number of the figure it names, and a
 * label, title or description holds no number the check has not seen.
 */
import { readText, type NumberExpr, type NumberKind } from "../numbers/read.ts";
import type { FactResult } from "../resolve.ts";
import type { ChartSpec } from "./spec.ts";

export interface ChartMark {
  label: string;
  /** The value in plain units (`US$21.7 billion` is 21700000000). */
  value: number;
  /** The number as the callout shows it, hedge included (`nearly 1,000`). */
  text: string;
  /** Where the callout is: `#id` on this page, `/page/#id` on another. */
  href: string;
  factId: string;
}

export interface ChartData {
  title: string;
  description: string;
  kind: NumberKind;
  unit: string | null;
  marks: ChartMark[];
}

/** The facts a chart may read, and how to address a page. */
export interface FactIndex {
  /** The page holding the chart, relative to the project root (`content/talent.mdx`). */
  file: string;
  facts: readonly FactResult[];
  /** The URL path of a content page from its file. */
  pageHref(file: string): string;
  contentDir?: string;
}

/** Kinds a bar's length can stand for; a year, a date, an ordinal or a time cannot, nor a range of any kind. */
const QUANTITIES: ReadonlySet<NumberKind> = new Set([
  "cardinal",
  "money",
  "percent",
  "fraction",
  "multiple",
]);
const KIND_WORDS: Record<NumberKind, string> = {
  cardinal: "a count",
  money: "money",
  percent: "a percentage",
  fraction: "a fraction",
  multiple: "a multiple",
  year: "a year",
  date: "a date",
  time: "a time of day",
  ordinal: "an ordinal",
};

/** Resolves every mark and label of `spec`; any problem refuses the whole chart. */
export function resolveMarks(
  spec: ChartSpec,
  index: FactIndex,
): { data: ChartData } | { problems: string[] } {
  const problems: string[] = [];
  problems.push(
    ...numberFreeProblems("title", spec.title),
    ...numberFreeProblems("description", spec.description),
  );
  const marks: ChartMark[] = [];
  const numbers: NumberExpr[] = [];
  spec.marks.forEach((ref, k) => {
    const label = spec.labels[k] as string;
    const found = findFact(ref, index);
    if ("problem" in found) return void problems.push(found.problem);
    const number = oneCheckedNumber(ref, found.fact);
    if ("problem" in number) return void problems.push(number.problem);
    const labelProblem = labelNumberProblem(label, index);
    if (labelProblem) problems.push(labelProblem);
    numbers.push(number.expr);
    marks.push({
      label,
      value: number.expr.value,
      text: number.expr.text,
      href: hrefOf(found.fact, index),
      factId: found.fact.id,
    });
  });
  const mixed = mixProblem(spec.marks, numbers);
  if (mixed) problems.push(mixed);
  if (problems.length > 0 || marks.length === 0) return { problems };
  const first = numbers[0] as NumberExpr;
  return {
    data: {
      title: spec.title,
      description: spec.description,
      kind: first.kind,
      unit: first.unit,
      marks,
    },
  };
}

/** `id` is a callout on the chart's page; `page#id` one on `content/page.mdx`. */
export function findFact(
  ref: string,
  index: FactIndex,
): { fact: FactResult } | { problem: string } {
  const dir = index.contentDir ?? "content";
  const hash = ref.indexOf("#");
  const file = hash < 0 ? index.file : `${dir}/${ref.slice(0, hash)}.mdx`;
  const id = hash < 0 ? ref : ref.slice(hash + 1);
  const onPage = index.facts.filter((f) => f.file === file);
  const fact = onPage.find((f) => f.id === id);
  if (fact) return { fact };
  if (onPage.length === 0 && hash >= 0) {
    return {
      problem:
        `Unknown page \`${ref.slice(0, hash)}\` in mark \`${ref}\`, expected a page of ` +
        `\`${dir}/\` with callouts, written without \`.mdx\` (\`talent#graduates\`)`,
    };
  }
  const named = onPage.map((f) => f.fact.attributes.id).filter((n): n is string => n !== undefined);
  const known =
    named.length > 0
      ? ` (ids there: ${named
          .slice(0, 8)
          .map((n) => `\`${n}\``)
          .join(", ")}${named.length > 8 ? ", …" : ""})`
      : "";
  return {
    problem:
      `Unknown fact \`${ref}\` in \`marks\`, expected the \`id\` of a \`<Fact>\` on ` +
      `${file}${known}; give the callout \`id="${id}"\``,
  };
}

/** The figure's one number, checked against its quote. */
function oneCheckedNumber(
  ref: string,
  fact: FactResult,
): { expr: NumberExpr } | { problem: string } {
  const unchecked =
    fact.numbers.some((n) => !n.verdict.ok) || fact.unsure.length > 0 || fact.location === null;
  // The build refuses such a fact anyway; a chart never draws one.
  if (unchecked)
    return {
      problem: `Fact \`${ref}\` did not pass the check (its own finding says why), expected a fact the check accepts`,
    };
  const texts = fact.numbers.map((n) => `\`${n.expr.text}\``).join(", ");
  if (fact.numbers.length !== 1) {
    return {
      problem:
        `Fact \`${ref}\` (\`${fact.fact.text}\`) has ` +
        `${fact.numbers.length === 0 ? "no number" : `${fact.numbers.length} numbers (${texts})`}, ` +
        `expected exactly one: the value its mark draws`,
    };
  }
  const expr = (fact.numbers[0] as { expr: NumberExpr }).expr;
  if (!QUANTITIES.has(expr.kind) || expr.to !== null) {
    return {
      problem:
        `Fact \`${ref}\` is ${expr.to === null ? KIND_WORDS[expr.kind] : "a range"} (\`${expr.text}\`), expected a ` +
        `quantity a bar can show: a count, money, a percentage, a fraction or a multiple`,
    };
  }
  return { expr };
}

/** Marks compare only like with like: one kind, one currency or unit. */
function mixProblem(refs: string[], numbers: NumberExpr[]): string | null {
  const first = numbers[0];
  if (!first) return null;
  const k = numbers.findIndex((n) => n.kind !== first.kind);
  if (k >= 0)
    return (
      `Marks mix ${KIND_WORDS[first.kind]} (\`${refs[0]}\`) with ` +
      `${KIND_WORDS[(numbers[k] as NumberExpr).kind]} (\`${refs[k]}\`), expected marks ` +
      `of one kind`
    );
  const u = numbers.findIndex((n) => n.unit !== first.unit);
  if (u >= 0) {
    const name = (n: NumberExpr) => (n.unit === null ? "no unit" : `\`${n.unit}\``);
    return (
      `Marks mix ${name(first)} (\`${refs[0]}\`) with ` +
      `${name(numbers[u] as NumberExpr)} (\`${refs[u]}\`), expected one currency or ` +
      `unit for every mark`
    );
  }
  return null;
}

/**
 * A label may hold a number only where it is, word for word, the figure of a checked callout on
 * the page.
 */
function labelNumberProblem(label: string, index: FactIndex): string | null {
  if (!holdsNumber(label)) return null;
  const cited = index.facts.some(
    (f) =>
      f.file === index.file &&
      squash(f.fact.text) === label &&
      f.numbers.length > 0 &&
      f.numbers.every((n) => n.verdict.ok),
  );
  if (cited) return null;
  return (
    `Label \`${label}\` holds a number no callout on this page shows, expected words ` +
    `only, or exactly the figure of a \`<Fact>\` on ${index.file} (like \`<Fact ` +
    `…>${label}</Fact>\`)`
  );
}

function numberFreeProblems(name: string, text: string): string[] {
  if (!holdsNumber(text)) return [];
  return [
    `The ${name} \`${text}\` holds a number, expected words only: a chart's numbers come from its marks`,
  ];
}

function holdsNumber(text: string): boolean {
  const reading = readText(text);
  return reading.numbers.length > 0 || reading.unsure.length > 0;
}

function squash(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}

function hrefOf(fact: FactResult, index: FactIndex): string {
  return fact.file === index.file ? `#${fact.id}` : `${index.pageHref(fact.file)}#${fact.id}`;
}
