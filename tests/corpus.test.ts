/**
 * A peer's number cases: the English test specifications of microsoft/Recognizers-Text (MIT), the
 * cases an English fact sheet could hold, read by our reader. `tests/corpus/…json` names the files,
 * their commits and the licence, and lists every case left out with why. Their expected results
 * are translated to our fields as `expected` says; an expectation is never adjusted to the reader.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readText } from "../src/facts/numbers/read.ts";
import type { NumberExpr } from "../src/facts/numbers/result.ts";

interface Result {
  Text: string;
  TypeName: string;
  Resolution: { value: string; unit?: string; isoCurrency?: string };
}
interface Case {
  model: string;
  Input: string;
  Results: Result[];
}
interface Corpus {
  source: { repository: string; licence: string; files: { path: string; commit: string }[] };
  cases: Case[];
  leftOut: { model: string; Input: string; why: string }[];
}

const corpus = JSON.parse(
  readFileSync("tests/corpus/recognizers-text-english.json", "utf8"),
) as Corpus;

/** What one result says, in our terms: the text, the value or interval, the unit or relation. */
interface Said {
  text: string;
  value: number;
  to?: number | null;
  unit?: string | null;
  relation?: string;
}

/** Their currency names without an ISO code, as our units. */
const UNNAMED: Record<string, string> = {
  Dollar: "$", // a dollar of no named country, as `$` alone
  Cent: "¢",
  Pence: "GBX",
  Penny: "GBX",
  Franc: "franc",
  // The reader takes £ and "pounds" for sterling, which their model leaves unnamed.
  Pound: "GBP",
  Peseta: "ESP",
  "Finnish markka": "FIM",
  "Netherlands guilder": "NLG",
  Bitcoin: "BTC",
};

/** Their expected result in our terms. */
function expected(model: string, r: Result): Said {
  const v = r.Resolution.value;
  switch (model) {
    case "PercentModel":
      return { text: r.Text, value: Number(v.replace("%", "")) };
    case "CurrencyModel":
      return {
        text: r.Text.toLowerCase(),
        value: Number(v),
        unit: r.Resolution.isoCurrency ?? UNNAMED[r.Resolution.unit ?? ""] ?? "?",
      };
    case "NumberRangeModel": {
      // "(20,30)" and "[20,30)" are the range 20 to 30 (the reader keeps no open or closed end);
      // "(30,)" is above 30, "[30,)" at least, "(,170)" below, "(,100]" at most, "[170,170]" 170.
      // The reader leaves a leading "from" out of the figure: "20 to 30" is the range.
      const [, open, low, high, close] = /^([[(])(-?[\d.]*),(-?[\d.]*)([\])])$/.exec(v)!;
      const text = r.Text.replace(/^from /, "");
      if (low !== "" && high !== "" && low === high)
        return { text, value: Number(low), to: null, relation: "exact" };
      if (low !== "" && high !== "")
        return { text, value: Number(low), to: Number(high), relation: "exact" };
      if (low !== "")
        return {
          text,
          value: Number(low),
          to: null,
          relation: open === "(" ? "above" : "at-least",
        };
      return { text, value: Number(high), to: null, relation: close === ")" ? "below" : "at-most" };
    }
    default:
      return { text: r.Text, value: Number(v) };
  }
}

/** The figure without its hedge, which their number and currency models leave out. */
function bare(n: NumberExpr): string {
  if (n.qualifier !== null && n.text.toLowerCase().startsWith(n.qualifier))
    return n.text.slice(n.qualifier.length).trim();
  return n.text;
}

/** What our reader says, as far as the model reports: its kinds of number. */
function actual(model: string, numbers: NumberExpr[]): Said[] {
  switch (model) {
    case "NumberModel":
      return numbers
        .filter((n) => ["cardinal", "fraction", "year"].includes(n.kind) && n.unit === null)
        .map((n) => ({ text: bare(n), value: n.value }));
    case "OrdinalModel":
      return numbers
        .filter((n) => n.kind === "ordinal")
        .map((n) => ({ text: n.text, value: n.value }));
    case "PercentModel":
      return numbers
        .filter((n) => n.kind === "percent" && n.unit === "%")
        .map((n) => ({ text: n.text, value: n.value }));
    case "CurrencyModel":
      return numbers
        .filter((n) => n.kind === "money")
        .map((n) => ({ text: bare(n).toLowerCase(), value: n.value, unit: n.unit }));
    default:
      return numbers
        .filter((n) => n.to !== null || n.qualifier !== null)
        .map((n) => ({ text: n.text, value: n.value, to: n.to, relation: n.relation }));
  }
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) || a === b;
}

/** Whether our reading says what theirs does; a unit we read after their text may extend ours. */
function agrees(ours: Said, theirs: Said): boolean {
  const text =
    ours.text === theirs.text ||
    (ours.unit === undefined && ours.text.startsWith(`${theirs.text} `) && theirs.to !== undefined);
  return (
    text &&
    close(ours.value, theirs.value) &&
    (theirs.to === undefined ||
      (theirs.to === null
        ? ours.to === null
        : ours.to !== null && ours.to !== undefined && close(ours.to, theirs.to))) &&
    (theirs.unit === undefined || ours.unit === theirs.unit) &&
    (theirs.relation === undefined || ours.relation === theirs.relation)
  );
}

const outcomes = corpus.cases.map((c) => {
  const ours = actual(c.model, readText(c.Input).numbers);
  const theirs = c.Results.map((r) => expected(c.model, r));
  const ok = ours.length === theirs.length && ours.every((o, k) => agrees(o, theirs[k]!));
  return { c, ours, theirs, ok };
});
const passed = outcomes.filter((o) => o.ok).length;
const rate = passed / outcomes.length;
const stated = `${passed} of ${outcomes.length} cases (${(100 * rate).toFixed(1)}%)`;

describe("a peer's number cases (microsoft/Recognizers-Text, English specs)", () => {
  it("names its source, commits and licence, and says why each case left out is", () => {
    expect(corpus.source.repository).toBe("https://github.com/microsoft/Recognizers-Text");
    expect(corpus.source.licence).toMatch(/^MIT/);
    for (const f of corpus.source.files) expect(f.commit).toMatch(/^[0-9a-f]{40}$/);
    for (const l of corpus.leftOut) expect(l.why.trim(), l.Input).not.toBe("");
    const inputs = [...corpus.cases, ...corpus.leftOut].map((c) => `${c.model} ${c.Input}`);
    expect(new Set(inputs).size).toBe(inputs.length);
  });

  it(`the reader meets ${stated}, at least 95%`, () => {
    const misses = outcomes
      .filter((o) => !o.ok)
      .map(
        (o) =>
          `${o.c.model} ${JSON.stringify(o.c.Input)}: ours ${JSON.stringify(o.ours)}, theirs ${JSON.stringify(o.theirs)}`,
      );
    if (process.env.SHOW_MISSES === "1") console.log(misses.join("\n"));
    expect(rate, misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
});
