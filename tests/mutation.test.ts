/**
 * Mutation test over the real content, every page of `content/`: for every fact, each changed
 * digit, scale word, currency, number word, month or period word, and each dropped hedge, makes the
 * check fail.
 */
import { describe, expect, it } from "vitest";
import { loadProject } from "../src/facts/load.ts";
import { checkPages, checkProject, newRun, prepareSources } from "../src/facts/run.ts";
import { parseMdx } from "../src/facts/mdx/parse.ts";
import { readText } from "../src/facts/numbers/read.ts";
import type { Node, Parent, Root } from "mdast";

const files = await loadProject({ root: process.cwd() });
const clean = checkProject(files);
const sources = prepareSources(files.sources, newRun());

const SCALES: Record<string, string> = {
  billion: "million",
  million: "billion",
  thousand: "million",
  bn: "m",
};
const CURRENCIES: [RegExp, string][] = [
  [/US\$/, "RMB"],
  [/renminbi/, "US dollars"],
  [/RMB/, "US$"],
];
const WORDS: Record<string, string> = {
  two: "three",
  three: "four",
  five: "six",
  six: "seven",
  eight: "nine",
  twenty: "thirty",
  half: "a third",
  quarter: "third",
  fivefold: "sixfold",
  "five-fold": "six-fold",
  // A date's month is as much its figure as its digits.
  january: "February",
  april: "May",
  july: "June",
  october: "November",
  pm: "am",
};
const PERIODS: Record<string, string> = { early: "late", late: "early", mid: "late" };

interface Mutant {
  what: string;
  text: string;
}

/** `text` with `length` characters at `index` replaced by `by`. */
function splice(text: string, index: number, length: number, by: string): string {
  return text.slice(0, index) + by + text.slice(index + length);
}

/** Each whole-word occurrence of a key of `table`, replaced by its value. */
function wordMutants(figure: string, table: Record<string, string>, label: string): Mutant[] {
  const out: Mutant[] = [];
  for (const [from, to] of Object.entries(table)) {
    for (const m of figure.matchAll(new RegExp(`(?<![\\w-])${from}(?![\\w-])`, "gi"))) {
      out.push({
        what: `${label} ${m[0]} -> ${to}`,
        text: splice(figure, m.index, m[0].length, to),
      });
    }
  }
  return out;
}

/** The mutants of one figure, each with what was changed. */
function mutants(figure: string): Mutant[] {
  const out: Mutant[] = [];
  // Every digit, one at a time: a changed last digit must fail as surely as a changed first one.
  for (const m of figure.matchAll(/\d/g)) {
    const d = Number(m[0]);
    const to = d === 9 ? 8 : d + 1;
    out.push({
      what: `digit ${d} at ${m.index} -> ${to}`,
      text: splice(figure, m.index, 1, String(to)),
    });
  }
  out.push(...wordMutants(figure, SCALES, "scale"));
  for (const [from, to] of CURRENCIES) {
    for (const m of figure.matchAll(new RegExp(from.source, "g")))
      out.push({
        what: `currency ${m[0]} -> ${to}`,
        text: splice(figure, m.index, m[0].length, to),
      });
  }
  out.push(...wordMutants(figure, WORDS, "word"));
  for (const n of readText(figure).numbers) {
    if (n.qualifier === null) continue;
    const at = figure.toLowerCase().indexOf(n.qualifier, n.start);
    if (at < 0 || at >= n.end) continue; // a hedge written after the figure ("200+")
    const period = PERIODS[n.qualifier];
    if (period !== undefined) {
      // "the early 2000s" may drop "early" (weaker), never flip it: only a period of a number is flipped,
      // not the word elsewhere ("a late entry").
      out.push({
        what: `period ${n.qualifier} -> ${period}`,
        text: splice(figure, at, n.qualifier.length, period),
      });
      continue;
    }
    // Each hedge of amount the reader finds, dropped ("nearly 1,000" -> "1,000").
    const gap = /^\s*/.exec(figure.slice(at + n.qualifier.length))![0].length;
    out.push({
      what: `drop hedge ${n.qualifier}`,
      text: splice(figure, at, n.qualifier.length + gap, ""),
    });
  }
  return out;
}

/**
 * The stretch of the page a fact is checked in: the innermost paragraph that holds it (the checks of a
 * fact look no further than its paragraph), or else the top-level block (a table). Checking that
 * stretch instead of the whole page keeps some thousands of mutants fast.
 */
function blockAround(tree: Root, offset: number): { start: number; end: number } {
  let best: { start: number; end: number } | null = null;
  const visit = (node: Node, top: boolean): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || offset < start || offset >= end) return;
    if (top || node.type === "paragraph") best = { start, end };
    for (const child of (node as Parent).children ?? []) visit(child, false);
  };
  for (const child of tree.children) visit(child, true);
  if (!best) throw new Error(`no block holds offset ${offset}`);
  return best;
}

/**
 * The errors of the check run over `text` alone, as a page of `path`, but for its links: the other
 * pages they lead to are not part of this one-page run.
 */
function errorsIn(path: string, text: string): number {
  return checkPages([{ path, text }], sources, newRun()).report.findings.filter(
    (f) => f.severity === "error" && f.code !== "link-target-not-found",
  ).length;
}

describe("mutation test over the real content", () => {
  it("the untouched content passes", () => {
    expect(clean.report.findings).toEqual([]);
    expect(new Set(clean.facts.map((f) => f.file)).size, "every page of content/ has facts").toBe(
      files.pages.length,
    );
    expect(clean.facts.length).toBeGreaterThanOrEqual(200);
  });

  // One case per page keeps the output short; a failure lists every surviving mutant.
  for (const page of files.pages) {
    const facts = clean.facts.filter((f) => f.file === page.path);
    it(`every mutant of every fact of ${page.path} fails the check`, () => {
      const parsed = parseMdx(page.text);
      if ("failure" in parsed) throw new Error(parsed.failure.message);
      const survivors: string[] = [];
      let count = 0;
      for (const fact of facts) {
        const figure = fact.fact.text;
        const at = fact.fact.placed.offsets[0]!;
        expect(page.text.slice(at, at + figure.length)).toBe(figure);
        const block = blockAround(parsed.tree, at);
        const before = page.text.slice(block.start, at);
        const after = page.text.slice(at + figure.length, block.end);
        // The stretch passes untouched, so a mutant's finding is the mutant's doing.
        expect(errorsIn(page.path, before + figure + after), `the block of ${fact.id} alone`).toBe(
          0,
        );
        const list = mutants(figure);
        if (fact.numbers.length > 0)
          expect(list.length, `no mutant for \`${figure}\``).toBeGreaterThan(0);
        for (const mutant of list) {
          count++;
          if (errorsIn(page.path, before + mutant.text + after) === 0)
            survivors.push(`${fact.id} ${mutant.what}: \`${figure}\` -> \`${mutant.text}\``);
        }
      }
      expect(survivors, `${survivors.length} of ${count} mutants passed the check`).toEqual([]);
    });
  }
});
