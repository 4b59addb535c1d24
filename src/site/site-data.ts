/**
 * What the pages render, as plain data: the engine's results reduced to ids, figures, quotes,
 * passage ranges, rounding, derived figures and charts, with no engine objects in them. The
 * integration computes it once per check and hands it to the pages as a Vite module
 * (`virtual:dalian-facts/data`), so that Vite reloads the pages when it changes.
 */
import { location } from "vfile-location";
import type {
  Block,
  CheckResult,
  DerivedResult,
  FactResult,
  NumberExpr,
  NumberKind,
  SourceMeta,
} from "../facts/index.ts";
import { readSpec, resolveMarks, type ChartData } from "../charts/index.ts";
import { keyFigures, type KeyFigures } from "./key-figures.ts";
import { pageHref, passageId, sourceHref } from "./links.ts";
import { shareIds } from "./share.ts";

export interface SiteData {
  sources: SourceData[];
  /** Every callout whose quote was found once in a source with valid metadata. */
  facts: FactData[];
  /** Every `<Derived>` figure the check accepted. */
  derived: DerivedData[];
  /** Every `<Chart>` whose marks the check accepted. */
  charts: ChartEntry[];
  /** The figures each page opens with, by page (the home page's are its cards). */
  keyFigures: KeyFigures;
}

export interface SourceData {
  id: string;
  meta: SourceMeta;
  rawSha256: string;
  /** The raw file, byte for byte, in base64. */
  rawBase64: string;
  /** The raw file decoded as UTF-8. */
  raw: string;
  blocks: Pick<Block, "anchor" | "kind" | "lines" | "text">[];
}

/** One number of a figure, as the check read it. */
export interface NumberData {
  text: string;
  /** In plain units: `US$21.7 billion` is 21700000000, `41%` is 41. */
  value: number;
  /** A range's high end. */
  to: number | null;
  kind: NumberKind;
  unit: string | null;
  qualifier: string | null;
  /** The source's number this one rounds, when the callout declares a rounding. */
  roundedFrom: string | null;
}

export interface FactData {
  id: string;
  /** The content file, relative to the project root (`content/talent.mdx`). */
  file: string;
  /** URL path of its page; `page#id` is the callout's permalink. */
  page: string;
  /** The figure as shown. */
  text: string;
  source: string;
  quote: string;
  prefix: string | null;
  suffix: string | null;
  round: number | null;
  /** The quote's range in its block's text. */
  passage: { anchor: string; start: number; end: number };
  /** The highlighted passage on the source's page. */
  href: string;
  numbers: NumberData[];
  /** Its share page is `/facts/<share>/`: the id, unless another fact of the site has it. */
  share: string;
  /** The figure opens its paragraph or list item (a home page card's figure does). */
  opensBlock: boolean;
}

/** A part of a derived figure's formula in words: words, or an input linked to its callout. */
export type DerivedWord =
  { text: string } | { name: string; href: string | null; figure: string | null };

export interface DerivedData {
  id: string;
  file: string;
  page: string;
  /** The figure as written between the tags. */
  text: string;
  /** The attributes as written, to find the element's result. */
  formula: string;
  round: string | null;
  explicitId: string | null;
  words: DerivedWord[];
  /** The unrounded result, written as the figure is ("2.50867 times"). */
  exactText: string;
  /** The declared rounding step, when there is one. */
  step: number | null;
  approximate: boolean;
  /** Inputs the formula took at the source's value, where the callout rounds it. */
  unrounded: { roundedFrom: string; figure: string }[];
  /** The figure's one number, as the check read it. */
  numbers: NumberData[];
  /** The result, unrounded, in plain units (a share of 24% is 0.24). */
  value: number;
  /** Each callout the formula names, once, with the value it entered with. */
  inputs: DerivedInputData[];
}

export interface DerivedInputData {
  /** The name as the formula writes it: the callout's explicit id. */
  name: string;
  /** `page#id` of the callout. */
  href: string;
  /** The callout's figure as shown. */
  figure: string;
  /** The value the formula used, in plain units: the source's, where the callout rounds it. */
  value: number;
}

export interface ChartEntry {
  file: string;
  page: string;
  /** The line of the page the chart starts on. */
  line: number;
  /** Its string attributes as written, to find the element's chart. */
  attributes: Record<string, string>;
  data: ChartData;
}

/** The source with this id; throws when there is none (the check has failed the build). */
export function sourceById(data: SiteData, id: string): SourceData {
  const source = data.sources.find((s) => s.id === id);
  if (!source) throw new Error(`Source \`${id}\` was not prepared by the facts engine`);
  return source;
}

/** The pages' data from one check of the project. */
export function siteData(result: CheckResult): SiteData {
  const sources = [...result.sources.values()].flatMap((s): SourceData[] =>
    s.meta
      ? [
          {
            id: s.id,
            meta: s.meta,
            rawSha256: s.rawSha256,
            rawBase64: Buffer.from(s.files.raw ?? new Uint8Array()).toString("base64"),
            raw: s.raw,
            blocks: s.blocks.map(({ anchor, kind, lines, text }) => ({
              anchor,
              kind,
              lines,
              text,
            })),
          },
        ]
      : [],
  );
  const facts = result.facts.flatMap(factData);
  const share = shareIds(facts);
  for (const f of facts) f.share = share.get(f) ?? f.id;
  return {
    sources,
    facts,
    derived: result.derived.flatMap(derivedData),
    charts: chartEntries(result),
    keyFigures: keyFigures(facts),
  };
}

function factData(f: FactResult): FactData[] {
  const passage = f.location?.passage;
  if (!passage || !f.source?.meta) return [];
  const { attributes } = f.fact;
  const range = { anchor: passage.anchor, start: passage.start, end: passage.end };
  return [
    {
      id: f.id,
      file: f.file,
      page: pageHref(f.file),
      text: f.fact.text,
      source: f.source.id,
      quote: attributes.quote ?? "",
      prefix: attributes.prefix ?? null,
      suffix: attributes.suffix ?? null,
      round: f.round,
      passage: range,
      href: `${sourceHref(f.source.id)}#${passageId(range.anchor, range.start, range.end)}`,
      numbers: f.numbers.map(({ expr, verdict }) =>
        numberData(expr, verdict.ok && verdict.rounded ? verdict.match.text : null),
      ),
      share: f.id,
      opensBlock: f.fact.context.text.slice(0, f.fact.context.start).trim() === "",
    },
  ];
}

function numberData(expr: NumberExpr, roundedFrom: string | null): NumberData {
  const { text, value, to, kind, unit, qualifier } = expr;
  return { text, value, to, kind, unit, qualifier, roundedFrom };
}

function derivedData(d: DerivedResult): DerivedData[] {
  if (!d.verdict?.ok || d.exactText === null || !d.result || !d.figure) return [];
  const inputs = new Map(d.inputs.map((i) => [i.name, i]));
  const calloutHref = (f: FactResult | null) => (f ? `${pageHref(f.file)}#${f.id}` : null);
  const distinct = [...inputs.values()];
  return [
    {
      id: d.id,
      file: d.file,
      page: pageHref(d.file),
      text: d.derived.text,
      formula: d.derived.attributes.formula ?? "",
      round: d.derived.attributes.round ?? null,
      explicitId: d.derived.attributes.id ?? null,
      words: d.words.map((w) => {
        if ("text" in w) return w;
        const input = inputs.get(w.name);
        return {
          name: w.name,
          href: calloutHref(input?.fact ?? null),
          figure: input?.fact?.fact.text ?? null,
        };
      }),
      exactText: d.exactText,
      step: d.round,
      approximate: d.approximate,
      unrounded: distinct.flatMap((i) =>
        i.roundedFrom && i.fact ? [{ roundedFrom: i.roundedFrom, figure: i.fact.fact.text }] : [],
      ),
      numbers: [numberData(d.figure, null)],
      value: d.result.value,
      inputs: distinct.flatMap((i) =>
        i.fact && i.value !== null
          ? [
              {
                name: i.name,
                href: calloutHref(i.fact) as string,
                figure: i.fact.fact.text,
                value: i.value,
              },
            ]
          : [],
      ),
    },
  ];
}

function chartEntries(result: CheckResult): ChartEntry[] {
  return result.pages.flatMap((page) => {
    const text = result.texts.get(page.file) ?? "";
    const place = location(text);
    return page.extracted.charts.flatMap((chart): ChartEntry[] => {
      const read = readSpec(chart.attributes);
      if ("problem" in read) return [];
      const resolved = resolveMarks(read.spec, { file: page.file, facts: result.facts, pageHref });
      if ("problems" in resolved) return [];
      const attributes = Object.fromEntries(
        Object.entries(chart.attributes).filter(
          (e): e is [string, string] => typeof e[1] === "string",
        ),
      );
      return [
        {
          file: page.file,
          page: pageHref(page.file),
          line: place.toPoint(chart.start)?.line ?? 1,
          attributes,
          data: resolved.data,
        },
      ];
    });
  });
}
