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

describe("the reader's new shapes", () => {
  it.each([
    ["20-30%", "between 20 and 30 per cent"],
    ["US$1-2 billion", "from US$1 billion to US$2 billion"],
    ["January to October 2012", "between January and October 2012"],
    ["2012", "between January and October 2012"],
    ["2013-16", "from 2013 to 2016"],
    ["a dozen", "12 firms"],
    ["about a dozen", "a dozen firms"],
    ["a decade", "10 years"],
    ["twice", "doubled"],
    ["two-fold", "doubled"],
    ["one in four", "25 per cent"],
    ["25%", "one in four"],
    ["80%", "eight in ten"],
    ["a fifth", "20 per cent"],
    ["2017-07-16", "16 July 2017"],
    ["16th July 2017", "16 July, 2017"],
    ["4:57 p.m.", "at 4:57pm"],
    ["120,000", "120\u2009000 people"],
    ["41 pc", "41 per cent"],
    ["70,000-plus", "more than 70,000"],
    ["upward of 200", "over 200"],
    ["not less than 30", "at least 30"],
    ["eleventh", "the 11th largest"],
    ["minus five percent", "fell by -5%"],
  ])("accepts %j for %j", (figure, source) => {
    expect(verdict(figure, source)).toBe("ok");
  });

  it.each([
    ["20-30%", "20 to 30 firms", "kind"],
    ["20%", "between 20 and 30 per cent", "not-in-quote"],
    ["30%", "between 20 and 30 per cent", "not-in-quote"],
    ["US$1-2 billion", "RMB1-2 billion", "unit"],
    ["5%", "5 percentage points", "unit"],
    ["2008 students", "in 2008", "kind"],
    ["2000 km", "in 2000", "kind"],
    ["not over 200", "over 200", "qualifier"],
    ["twice", "five-fold", "not-in-quote"],
    ["12 firms", "a dozen firms", "qualifier"],
    ["10 years", "a decade ago", "qualifier"],
    ["February to October 2012", "between January and October 2012", "not-in-quote"],
    ["January to November 2012", "between January and October 2012", "not-in-quote"],
    ["2013", "in 2013-16", "not-in-quote"],
    ["2013-17", "in 2013-16", "not-in-quote"],
    ["4:57 a.m.", "at 4:57pm", "not-in-quote"],
    ["twelfth", "the 11th largest", "not-in-quote"],
    ["11", "the eleventh largest", "kind"],
  ])("refuses %j for %j (%s)", (figure, source, problem) => {
    expect(verdict(figure, source)).toBe(problem);
  });
});
