/** The comparison rules, figure against source, in the words a contributor would write. */
import { describe, expect, it } from "vitest";
import { readNumbers } from "../src/facts/numbers/read.ts";
import { compareNumber } from "../src/facts/numbers/compare.ts";

function verdict(figure: string, source: string, round: number | null = null) {
  const [callout] = readNumbers(figure);
  if (!callout) throw new Error(`no number in ${figure}`);
  const v = compareNumber(callout, readNumbers(source), round);
  return v.ok ? "ok" : v.problem;
}

describe("comparing a figure with its source", () => {
  it.each([
    ["US$21.7bn", "US$21.7 billion"],
    ["US$21,700 million", "US$21.7 billion"],
    ["41%", "41 per cent"],
    ["25%", "one quarter"],
    ["a quarter", "25 per cent"],
    ["nearly 50 per cent", "nearly half"],
    ["about 1,000", "nearly 1000"],
    ["under 1,000", "nearly 1000"],
    ["approx. 1,000", "around 1000"],
    ["1,000 or so", "around 1000"],
    ["70,000+", "more than 70,000"],
    ["at least 70,000", "more than 70,000"],
    ["2000s", "the early 2000s"],
    ["16 July", "16 July, 2017"],
    ["16 July", "on 16 July"],
    ["2016", "in April 2016"],
    ["−5%", "fell by -5%"],
  ])("accepts %j for %j", (figure, source) => {
    expect(verdict(figure, source)).toBe("ok");
  });

  it.each([
    ["1,000", "nearly 1000", "qualifier"],
    ["at least 1,000", "nearly 1000", "qualifier"],
    ["about 200", "over 200", "qualifier"],
    ["1,205+", "with 1205 granted", "qualifier"],
    ["the late 2000s", "the early 2000s", "qualifier"],
    ["mid-2012", "in 2012", "qualifier"],
    ["5%", "fell by -5%", "not-in-quote"],
    ["-41%", "an increase of 41 per cent", "not-in-quote"],
    ["US$135 billion", "135 billion renminbi", "unit"],
    ["14", "the world's 14th largest", "kind"],
    ["17 July", "16 July, 2017", "not-in-quote"],
    ["May 2016", "in April 2016", "not-in-quote"],
    ["30%", "one quarter", "not-in-quote"],
  ])("refuses %j for %j (%s)", (figure, source, problem) => {
    expect(verdict(figure, source)).toBe(problem);
  });

  describe("declared rounding", () => {
    it("accepts a source value rounded half away from zero to a power of ten", () => {
      expect(verdict("US$1.8 billion", "US$1.79 billion", 0.1)).toBe("ok");
      expect(verdict("US$1.5 billion", "US$1.45 billion", 0.1)).toBe("ok");
      expect(verdict("33%", "a third", 1)).toBe("ok");
    });
    it("refuses an undeclared rounding and a wrong one", () => {
      expect(verdict("US$1.8 billion", "US$1.79 billion")).toBe("rounding-undeclared");
      expect(verdict("US$1.7 billion", "US$1.79 billion", 0.1)).toBe("rounding-wrong");
      expect(verdict("US$1.4 billion", "US$1.45 billion", 0.1)).toBe("rounding-wrong");
    });
    it("refuses a step that leaves fewer than two significant digits", () => {
      expect(verdict("US$2 billion", "US$1.79 billion", 1)).toBe("rounding-wrong");
      expect(verdict("1,000 granted", "with 1205 granted", 1000)).toBe("rounding-wrong");
      expect(verdict("1,200 granted", "with 1205 granted", 100)).toBe("ok");
    });
    it("never rounds a year, a date or an ordinal", () => {
      expect(verdict("10th", "the world's 14th largest", 10)).toBe("rounding-wrong");
      expect(verdict("in 2010", "in 2012", 10)).not.toBe("ok");
    });
    it("never rounds past a bound", () => {
      expect(verdict("more than 1,300", "more than 1,250", 100)).toBe("rounding-wrong");
      expect(verdict("more than 1,200", "more than 1,250", 100)).toBe("rounding-wrong");
      expect(verdict("nearly 1,200", "nearly 1,250", 100)).toBe("rounding-wrong");
      expect(verdict("nearly 1,300", "nearly 1,250", 100)).toBe("ok");
    });
  });
});

it("tells apart large counts that differ by one", () => {
  expect(verdict("1,000,000,000", "999,999,999")).toBe("not-in-quote");
  expect(verdict("120,001 people", "nearly 120,000 people")).toBe("not-in-quote");
});
