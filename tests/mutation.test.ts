/**
 * Mutation test over the real content: for every fact, a changed digit, scale
 * word, currency or number word, or a dropped qualifier, makes the check fail.
 */
import { describe, expect, it } from "vitest";
import { loadProject } from "../src/facts/load.ts";
import { checkPageTree, checkProject, prepareSources } from "../src/facts/run.ts";
import { parseMdx } from "../src/facts/mdx/parse.ts";
import { Report } from "../src/facts/diagnostics.ts";
import { QUALIFIERS } from "../src/facts/numbers/qualifiers.ts";

const files = await loadProject({ root: process.cwd() });
const clean = checkProject(files);
const sources = prepareSources(files.sources, new Report());

const SCALES: Record<string, string> = { billion: "million", million: "billion", thousand: "million", bn: "m" };
const CURRENCIES: [RegExp, string][] = [[/US\$/, "RMB"], [/renminbi/, "US dollars"], [/RMB/, "US$"]];
const WORDS: Record<string, string> = { eight: "nine", six: "seven", half: "a third", quarter: "third", fivefold: "sixfold", "five-fold": "six-fold", twenty: "thirty" };

/** The mutants of one figure, each with what was changed. */
function mutants(figure: string): { what: string; text: string }[] {
  const out: { what: string; text: string }[] = [];
  const digit = /\d/.exec(figure);
  if (digit) {
    const d = Number(digit[0]);
    out.push({ what: `digit ${d} -> ${(d + 1) % 10}`, text: figure.slice(0, digit.index) + ((d + 1) % 10) + figure.slice(digit.index + 1) });
  }
  for (const [from, to] of Object.entries(SCALES)) {
    const m = new RegExp(`\\b${from}\\b`).exec(figure);
    if (m) out.push({ what: `scale ${from} -> ${to}`, text: figure.slice(0, m.index) + to + figure.slice(m.index + from.length) });
  }
  for (const [from, to] of CURRENCIES) if (from.test(figure)) out.push({ what: `currency ${from.source} -> ${to}`, text: figure.replace(from, to) });
  for (const [from, to] of Object.entries(WORDS)) {
    const m = new RegExp(`\\b${from}\\b`, "i").exec(figure);
    if (m) out.push({ what: `word ${from} -> ${to}`, text: figure.slice(0, m.index) + to + figure.slice(m.index + from.length) });
  }
  for (const [from, to] of [["early", "late"], ["late", "early"], ["mid", "late"]] as const) {
    const m = new RegExp(`\\b${from}\\b`, "i").exec(figure);
    if (m) out.push({ what: `period ${from} -> ${to}`, text: figure.slice(0, m.index) + to + figure.slice(m.index + from.length) });
  }
  // Dropping "early" from "the early 2000s" is weaker, so allowed: only hedges of amount are dropped here.
  const qualifiers = Object.keys(QUALIFIERS).filter((q) => !["early", "mid", "mid-", "late"].includes(q)).sort((a, b) => b.length - a.length);
  const q = qualifiers.find((w) => new RegExp(`(^|\\s)${w.replace(/[$~]/g, "\\$&")}\\s`, "i").test(figure));
  if (q) out.push({ what: `drop qualifier ${q}`, text: figure.replace(new RegExp(`${q}\\s+`, "i"), "") });
  return out;
}

describe("mutation test over the real content", () => {
  it("the untouched content passes", () => {
    expect(clean.report.findings).toEqual([]);
    expect(clean.facts.length).toBeGreaterThanOrEqual(20);
  });

  const cases = clean.facts.map((fact) => [fact.id, fact] as const);
  it.each(cases)("every mutant of %s fails the check", (_, fact) => {
    const page = files.pages.find((p) => p.path === fact.file)!;
    const figure = fact.fact.text;
    const start = fact.fact.placed.offsets[0]!;
    expect(page.text.slice(start, start + figure.length)).toBe(figure);
    const list = mutants(figure);
    if (fact.numbers.length > 0) expect(list.length, `no mutant for \`${figure}\``).toBeGreaterThan(0);
    for (const mutant of list) {
      const text = page.text.slice(0, start) + mutant.text + page.text.slice(start + figure.length);
      const parsed = parseMdx(text);
      if ("failure" in parsed) throw new Error(parsed.failure.message);
      const report = new Report();
      checkPageTree({ path: page.path, text }, parsed.tree, sources, report);
      expect(report.errorCount, `${mutant.what}: \`${figure}\` -> \`${mutant.text}\` passed the check`).toBeGreaterThan(0);
    }
  });
});
