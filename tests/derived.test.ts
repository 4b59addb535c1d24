/**
 * Derived figures: the formula parser and evaluator, the judging of a figure, and the whole check
 * on real and fixture pages.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { inWords, namesOf, parseFormula, type Formula } from "../src/facts/derived/formula.ts";
import { evaluate, quantityOf, type Quantity } from "../src/facts/derived/quantity.ts";
import { judgeFigure, inFigureTerms } from "../src/facts/derived/figure.ts";
import { readNumbers } from "../src/facts/numbers/read.ts";
import { checkProject, loadProject, loadSources } from "../src/facts/index.ts";
import { EXAMPLE, EXAMPLE_PATH } from "./derived-example.ts";

function formula(text: string): Formula {
  const parsed = parseFormula(text);
  if ("error" in parsed) throw new Error(parsed.error.message);
  return parsed.formula;
}

function error(text: string): { message: string; index: number } {
  const parsed = parseFormula(text);
  if (!("error" in parsed)) throw new Error(`\`${text}\` parsed`);
  return parsed.error;
}

/** One number read as a callout would be, as a quantity. */
function q(text: string): Quantity {
  const [n] = readNumbers(text);
  const quantity = quantityOf(n!);
  if ("refused" in quantity) throw new Error(quantity.refused);
  return quantity;
}

function run(text: string, inputs: Record<string, string>): Quantity | { refused: string } {
  return evaluate(formula(text), new Map(Object.entries(inputs).map(([k, v]) => [k, q(v)])));
}

describe("the formula parser", () => {
  it("reads hyphenated fact ids as names and minus with spaces as an operator", () => {
    expect(formula("revenue-last-year / revenue-2010")).toEqual({
      type: "op",
      op: "/",
      left: { type: "name", name: "revenue-last-year", index: 0 },
      right: { type: "name", name: "revenue-2010", index: 20 },
    });
    expect(formula("a - b")).toMatchObject({
      type: "op",
      op: "-",
      left: { name: "a" },
      right: { name: "b" },
    });
    expect(formula("a-b")).toEqual({ type: "name", name: "a-b", index: 0 });
  });

  it("keeps precedence and parentheses, and numbers", () => {
    expect(formula("100 * (a - b) / b")).toMatchObject({
      op: "/",
      left: { op: "*", left: { type: "number", value: 100 }, right: { op: "-" } },
      right: { name: "b" },
    });
  });

  it("refuses what is not numbers, names, + - * / and parentheses, saying where", () => {
    expect(error("a -b")).toEqual({
      message: "`-b`, which is no fact id (write minus with a space on each side: `a - b`)",
      index: 2,
    });
    expect(error("-a")).toMatchObject({ message: expect.stringContaining("no fact id") });
    expect(error("a ÷ b")).toMatchObject({ message: "the character `÷`", index: 2 });
    expect(error("max(a, b)")).toEqual({
      message: "a function call `max(…)`: write the arithmetic with `+ - * /`",
      index: 0,
    });
    expect(error("a.b")).toEqual({ message: "`a.b`, which is no fact id", index: 0 });
    expect(error("a ** b")).toEqual({
      message: "`*` where a number or a fact id was expected",
      index: 3,
    });
    expect(error("a % b")).toEqual({ message: "the character `%`", index: 2 });
    expect(error("'a' / b")).toEqual({ message: "the character `'`", index: 0 });
    expect(error("a ? b : c")).toEqual({ message: "the character `?`", index: 2 });
    expect(error("a b")).toEqual({ message: "two terms with no operator between them", index: 2 });
    expect(error("(a / b")).toEqual({ message: "an unclosed `(`", index: 0 });
    expect(error("a / b)")).toEqual({ message: "a `)` with no `(`", index: 5 });
    expect(error("a /")).toEqual({ message: "nothing after `/`", index: 3 });
    expect(error("  ")).toEqual({ message: "an empty formula", index: 0 });
    expect(error("a- b")).toEqual({
      message: "`a-`, which is no fact id (write minus with a space on each side: `a - b`)",
      index: 0,
    });
    // Places are exact even where a name repeats.
    expect(error("ab / a b")).toMatchObject({ index: 7 });
  });

  it("places every name where it is written, a repeated one included", () => {
    const names = (t: string) => namesOf(formula(t)).map((n) => [n.name, n.index]);
    expect(names("a / ab + a")).toEqual([
      ["a", 0],
      ["ab", 4],
      ["a", 9],
    ]);
    expect(names("(x-1 - x) / x")).toEqual([
      ["x-1", 1],
      ["x", 7],
      ["x", 12],
    ]);
  });

  it("says the formula in words, with the brackets the order needs", () => {
    const words = (t: string) =>
      inWords(formula(t))
        .map((p) => ("name" in p ? `[${p.name}]` : p.text))
        .join("");
    expect(words("a / b")).toBe("[a] divided by [b]");
    expect(words("(a - b) / b")).toBe("([a] minus [b]) divided by [b]");
    expect(words("a - (b - c)")).toBe("[a] minus ([b] minus [c])");
    expect(words("a - b - c")).toBe("[a] minus [b] minus [c]");
    expect(words("a + b * 2")).toBe("[a] plus [b] times 2");
  });
});

describe("the evaluator", () => {
  it("divides like amounts into a plain number, and keeps the unit of a difference", () => {
    expect(run("a / b", { a: "US$21.7 billion", b: "US$8.65 billion" })).toEqual({
      value: 21.7e9 / 8.65e9,
      measure: { kind: "number" },
    });
    expect(run("a - b", { a: "US$21.7 billion", b: "US$8.65 billion" })).toMatchObject({
      value: 21.7e9 - 8.65e9,
      measure: { kind: "amount", unit: "USD" },
    });
    expect(run("a / b", { a: "nearly 120,000", b: "nearly 1000" })).toEqual({
      value: 120,
      measure: { kind: "number" },
    });
  });

  it("takes a percentage as a share and a plain number as a factor", () => {
    expect(run("a * b", { a: "41 per cent", b: "US$1.53 billion" })).toMatchObject({
      measure: { kind: "amount", unit: "USD" },
    });
    expect((run("a * b", { a: "41 per cent", b: "US$100 million" }) as Quantity).value).toBeCloseTo(
      41e6,
    );
    expect(run("a / 2", { a: "US$8 billion" })).toEqual({
      value: 4e9,
      measure: { kind: "amount", unit: "USD" },
    });
  });

  it("subtracts years into years, and moves a year by years", () => {
    expect(run("a - b", { a: "2012", b: "2010" })).toEqual({
      value: 2,
      measure: { kind: "amount", unit: "years" },
    });
    expect(run("a + b", { a: "2010", b: "eight years" })).toEqual({
      value: 2018,
      measure: { kind: "year" },
    });
  });

  it("refuses what means nothing: currencies mixed, amounts multiplied, years added, a division by zero", () => {
    expect(run("a / b", { a: "135 billion renminbi", b: "US$8.65 billion" })).toEqual({
      refused: "an amount in CNY divided by an amount in USD means nothing",
    });
    expect(run("a + b", { a: "135 billion renminbi", b: "US$8.65 billion" })).toHaveProperty(
      "refused",
    );
    expect(run("a * b", { a: "US$1 billion", b: "US$1 billion" })).toHaveProperty("refused");
    expect(run("a + b", { a: "2012", b: "2010" })).toHaveProperty("refused");
    expect(run("a / b", { a: "2012", b: "2010" })).toHaveProperty("refused");
    expect(run("a / b", { a: "650 firms", b: "US$1 billion" })).toHaveProperty("refused");
    expect(run("a / (b - b)", { a: "US$1 billion", b: "US$1 billion" })).toEqual({
      refused: "it divides by zero",
    });
  });

  it("refuses numbers that are not one quantity", () => {
    for (const text of ["2013-16", "14th", "16 July 2017", "4:57pm"])
      expect(quantityOf(readNumbers(text)[0]!), text).toHaveProperty("refused");
  });
});

describe("judging the figure", () => {
  const judge = (result: Quantity, figure: string, step: number | null) => {
    const n = readNumbers(figure)[0]!;
    const terms = inFigureTerms(result, n);
    return terms === null ? "measure" : judgeFigure(terms, n, step);
  };
  const ratio = (value: number): Quantity => ({ value, measure: { kind: "number" } });

  it("shows a plain number as a multiple, a percentage or a fraction, and an amount only in its unit", () => {
    expect(judge(ratio(0.24), "24 per cent", null)).toEqual({ ok: true, rounded: false });
    expect(judge(ratio(0.25), "a quarter", null)).toEqual({ ok: true, rounded: false });
    expect(judge(ratio(2.5), "2.5-fold", null)).toEqual({ ok: true, rounded: false });
    expect(judge(ratio(2.5), "US$2.5 billion", null)).toBe("measure");
    expect(
      judge(
        { value: 2.5e9, measure: { kind: "amount", unit: "USD" } },
        "2.5 billion renminbi",
        null,
      ),
    ).toBe("measure");
    expect(
      judge({ value: 2, measure: { kind: "amount", unit: "years" } }, "two years", null),
    ).toEqual({ ok: true, rounded: false });
  });

  it("accepts the result exact, or rounded half away from zero at the declared step", () => {
    expect(judge(ratio(21.7 / 8.65), "2.5 times", 0.1)).toEqual({ ok: true, rounded: true });
    expect(judge(ratio(1.45), "1.5 times", 0.1)).toEqual({ ok: true, rounded: true });
    expect(
      judge(
        { value: 21.7e9 - 8.65e9, measure: { kind: "amount", unit: "USD" } },
        "US$13.1 billion",
        0.1,
      ),
    ).toEqual({ ok: true, rounded: true });
  });

  it("refuses an undeclared rounding, a wrong one and a wrong result", () => {
    expect(judge(ratio(21.7 / 8.65), "2.5 times", null)).toEqual({
      ok: false,
      problem: "rounding-undeclared",
      step: 0.1,
    });
    expect(judge(ratio(21.7 / 8.65), "2.6 times", 0.1)).toMatchObject({
      ok: false,
      problem: "rounding-wrong",
    });
    expect(judge(ratio(1.45), "1.4 times", 0.1)).toMatchObject({
      ok: false,
      problem: "rounding-wrong",
    });
    expect(judge(ratio(21.7 / 8.65), "3.5 times", 0.1)).toEqual({ ok: false, problem: "wrong" });
    expect(judge(ratio(21.7 / 8.65), "2.5 times", 1)).toMatchObject({
      ok: false,
      problem: "rounding-wrong",
      detail: expect.stringContaining("two significant digits"),
    });
    expect(judge(ratio(21.7 / 8.65), "2.51 times", 0.1)).toMatchObject({
      ok: false,
      problem: "rounding-wrong",
      detail: expect.stringContaining("more digits than the step"),
    });
    expect(judge({ value: 2018.4, measure: { kind: "year" } }, "2018", 1)).toMatchObject({
      ok: false,
      problem: "rounding-wrong",
      detail: "a year is never rounded",
    });
  });
});

describe("the check on pages", () => {
  it(
    "passes the recommended figures on the real source, computing 2.50867 times, " +
      "39.8618% and exactly 24%",
    async () => {
      const sources = await loadSources(process.cwd());
      const result = checkProject({ sources, pages: [{ path: EXAMPLE_PATH, text: EXAMPLE }] });
      expect(result.report.findings).toEqual([]);
      expect(result.derived.map((d) => [d.exactText, d.verdict, d.approximate])).toEqual([
        ["2.50867 times", { ok: true, rounded: true }, false],
        ["39.8618 per cent", { ok: true, rounded: true }, false],
        ["24 per cent", { ok: true, rounded: false }, false],
        ["0.24", { ok: true, rounded: false }, false],
        ["123.077", { ok: true, rounded: true }, true],
      ]);
      expect(result.derived[0]!.inputs.map((i) => [i.name, i.fact?.fact.text, i.value])).toEqual([
        ["revenue-last-year", "US$21.7 billion", 21.7e9],
        ["revenue-2010", "US$8.65 billion", 8.65e9],
      ]);
    },
  );

  it("resolves a name on another page, and checking that page alone leaves it to the whole-project check", async () => {
    const root = join(
      import.meta.dirname,
      "fixtures/clean-derived-multiples-shares-differences-and-years",
    );
    const files = await loadProject({ root });
    const result = checkProject(files);
    expect(result.derived.length).toBe(10);
    for (const d of result.derived)
      expect(d.verdict, `${d.derived.text}`).toMatchObject({ ok: true });
    const other = result.derived.find((d) => d.file === "content/other.mdx")!;
    expect(other.inputs.map((i) => i.fact?.file)).toEqual(["content/page.mdx", "content/page.mdx"]);
    expect(result.derived.filter((d) => d.approximate).map((d) => d.derived.text)).toEqual([
      "about 120 people",
    ]);
  });

  it("computes from the source's value where an input callout rounds it, and says so", async () => {
    const sources = await loadSources(
      join(import.meta.dirname, "fixtures/clean-derived-multiples-shares-differences-and-years"),
    );
    const text =
      `---\ntitle: T\n---\n\n<Fact id="c" source="dalian-brief" quote="was US$1.79 ` +
      `billion" round="0.1">US$1.8 billion</Fact> of <Fact id="r" ` +
      `source="dalian-brief" quote="realised revenues of 135 billion renminbi (US$21.7 ` +
      `billion) last year">US$21.7 billion</Fact>: <Derived formula="c / r" ` +
      `round="0.1">8.2 per cent</Derived>.\n`;
    const result = checkProject({ sources, pages: [{ path: "content/t.mdx", text }] });
    expect(result.report.findings).toEqual([]);
    expect(result.derived[0]!.inputs[0]).toMatchObject({
      value: 1.79e9,
      roundedFrom: "US$1.79 billion",
    });
    // From the rounded figure it would be 8.29…%, which rounds to 8.3: the check used the source's
    // number.
    expect(result.derived[0]!.exact).toBe("8.24885");
  });

  it("counts a derived figure's numbers as cited, and its words in prose are still read", async () => {
    const sources = await loadSources(process.cwd());
    const text = EXAMPLE.replace("over that time", "over 12 years");
    const codes = checkProject({
      sources,
      pages: [{ path: EXAMPLE_PATH, text }],
    }).report.findings.map((f) => f.code);
    expect(codes).toEqual(["uncited-number"]);
  });
});

describe("mutations of derived figures", () => {
  /**
   * Each digit of a figure, changed to the next one: a wrong result, a wrong rounding, never a
   * pass.
   */
  function mutants(figure: string): string[] {
    return [...figure.matchAll(/\d/g)].map(
      (m) => figure.slice(0, m.index) + ((Number(m[0]) + 1) % 10) + figure.slice(m.index + 1),
    );
  }

  const cases = [
    {
      name: "the recommended figures on the real source",
      load: async () => ({
        sources: await loadSources(process.cwd()),
        pages: [{ path: EXAMPLE_PATH, text: EXAMPLE }],
      }),
    },
    {
      name: "the clean fixture",
      load: () =>
        loadProject({
          root: join(
            import.meta.dirname,
            "fixtures/clean-derived-multiples-shares-differences-and-years",
          ),
        }),
    },
  ];
  it.each(cases)(
    "changing any digit of a derived figure fails the check: $name",
    async ({ load }) => {
      const files = await load();
      const clean = checkProject(files);
      expect(clean.report.findings).toEqual([]);
      expect(clean.derived.length).toBeGreaterThanOrEqual(3);
      let tried = 0;
      for (const d of clean.derived) {
        const page = files.pages.find((p) => p.path === d.file)!;
        const start = d.derived.placed.offsets[0]!;
        expect(page.text.slice(start, start + d.derived.text.length)).toBe(d.derived.text);
        for (const mutant of mutants(d.derived.text)) {
          const text =
            page.text.slice(0, start) + mutant + page.text.slice(start + d.derived.text.length);
          const result = checkProject({
            ...files,
            pages: files.pages.map((p) => (p === page ? { ...p, text } : p)),
          });
          expect(
            result.report.errorCount,
            `\`${d.derived.text}\` -> \`${mutant}\` passed`,
          ).toBeGreaterThan(0);
          tried++;
        }
      }
      expect(tried).toBeGreaterThanOrEqual(clean.derived.length);
    },
  );
});
