/**
 * The figures for re-use, shaped from the engine's results: the entries of facts.json (checked
 * against src/site/schemas/facts-export.ts, published as /facts.schema.json) and the rows of
 * facts.csv. Pure: no Astro, no files.
 */
import { sourceById, type SiteData } from "./site-data.ts";
import type { DerivedEntry, FactEntry, FactsExport } from "./schemas/facts-export.ts";

/** Every figure of the site for re-use: facts.json's entries, each checked fact and derived figure. */
export function factEntries(data: SiteData): FactsExport {
  const facts = data.facts.map((f): FactEntry => {
    const { meta } = sourceById(data, f.source);
    return {
      type: "fact",
      id: f.id,
      page: f.page,
      text: f.text,
      round: f.round,
      numbers: f.numbers,
      source: f.source,
      sourceTitle: meta.title,
      sourceDate: meta.published,
      quote: f.quote,
      href: f.href,
    };
  });
  const derived = data.derived.map((d): DerivedEntry => ({
    type: "derived",
    id: d.id,
    page: d.page,
    text: d.text,
    round: d.step,
    numbers: d.numbers,
    formula: d.formula,
    result: d.value,
    inputs: d.inputs.map((i) => ({ id: i.name, href: i.href, text: i.figure, value: i.value })),
  }));
  return [...facts, ...derived];
}

/**
 * facts.csv's columns: one row per number of a figure (a figure without a number has one row, its
 * number fields empty), so that each row is one value with its unit, kind and hedge.
 */
export const COLUMNS = [
  "type",
  "id",
  "page",
  "text",
  "source",
  "source_title",
  "source_date",
  "quote",
  "href",
  "round",
  "formula",
  "inputs",
  "result",
  "number",
  "number_text",
  "value",
  "to",
  "unit",
  "kind",
  "qualifier",
  "rounded_from",
] as const;

export type CsvRow = Record<(typeof COLUMNS)[number], string>;

const cell = (v: string | number | null | undefined): string => (v == null ? "" : String(v));

/** The CSV rows of facts.json's entries, in the same order. */
export function csvRows(entries: FactsExport): CsvRow[] {
  return entries.flatMap((e) => {
    const figure = {
      type: e.type,
      id: e.id,
      page: e.page,
      text: e.text,
      source: e.type === "fact" ? e.source : "",
      source_title: e.type === "fact" ? e.sourceTitle : "",
      source_date: e.type === "fact" ? cell(e.sourceDate) : "",
      quote: e.type === "fact" ? e.quote : "",
      href: e.type === "fact" ? e.href : "",
      round: cell(e.round),
      formula: e.type === "derived" ? e.formula : "",
      inputs: e.type === "derived" ? e.inputs.map((i) => i.href).join(" ") : "",
      result: e.type === "derived" ? cell(e.result) : "",
    };
    const numbers = e.numbers.length ? e.numbers : [null];
    return numbers.map((n, k): CsvRow => ({
      ...figure,
      number: n ? String(k + 1) : "",
      number_text: cell(n?.text),
      value: cell(n?.value),
      to: cell(n?.to),
      unit: cell(n?.unit),
      kind: cell(n?.kind),
      qualifier: cell(n?.qualifier),
      rounded_from: cell(n?.roundedFrom),
    }));
  });
}

/** RFC 4180: CRLF line ends, a field quoted when it holds a comma, quote or line break, quotes doubled. */
export function toCsv(rows: readonly CsvRow[]): string {
  const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return [COLUMNS.join(","), ...rows.map((r) => COLUMNS.map((c) => field(r[c])).join(","))]
    .map((line) => `${line}\r\n`)
    .join("");
}
