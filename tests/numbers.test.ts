import { describe, expect, it } from "vitest";
import { readNumbers, readText } from "../src/facts/numbers/read.ts";

type Expected = {
  text: string;
  value: number;
  kind: string;
  unit?: string | null;
  qualifier?: string | null;
  to?: number;
  date?: string;
  dateTo?: string;
};

/** Every kind of phrasing the two articles use, read as a careful human reads it. */
const PHRASINGS: [string, Expected[]][] = [
  [
    "revenues of 135 billion renminbi (US$21.7 billion) last year",
    [
      { text: "135 billion renminbi", value: 135e9, kind: "money", unit: "CNY" },
      { text: "US$21.7 billion", value: 21.7e9, kind: "money", unit: "USD" },
    ],
  ],
  [
    "up from US$8.65 billion in 2010",
    [
      { text: "US$8.65 billion", value: 8.65e9, kind: "money", unit: "USD" },
      { text: "2010", value: 2010, kind: "year" },
    ],
  ],
  [
    "home to nearly 1000 service-outsourcing enterprises, employing nearly 120,000 people",
    [
      { text: "nearly 1000", value: 1000, kind: "cardinal", qualifier: "nearly" },
      { text: "nearly 120,000", value: 120000, kind: "cardinal", qualifier: "nearly" },
    ],
  ],
  [
    "this bustling seaport of six million inhabitants",
    [{ text: "six million", value: 6e6, kind: "cardinal" }],
  ],
  [
    "by Beijing eight years ago",
    [{ text: "eight years", value: 8, kind: "cardinal", unit: "years" }],
  ],
  [
    "Starting in the early 2000s the government",
    [{ text: "early 2000s", value: 2000, to: 2009, kind: "year", qualifier: "early" }],
  ],
  [
    "posted revenues of over US$1 billion in 2012",
    [
      { text: "over US$1 billion", value: 1e9, kind: "money", unit: "USD", qualifier: "over" },
      { text: "2012", value: 2012, kind: "year" },
    ],
  ],
  [
    "were US$1.79 billion and US$1.53 billion respectively, a year-on-year increase of 41 per cent",
    [
      { text: "US$1.79 billion", value: 1.79e9, kind: "money", unit: "USD" },
      { text: "US$1.53 billion", value: 1.53e9, kind: "money", unit: "USD" },
      { text: "41 per cent", value: 41, kind: "percent", unit: "%" },
    ],
  ],
  [
    "opened on 3sq km of prime urban land in 1999",
    [
      { text: "3sq km", value: 3, kind: "cardinal", unit: "km²" },
      { text: "1999", value: 1999, kind: "year" },
    ],
  ],
  [
    "home to nearly 650 software companies from China and overseas, with some 80,000 " +
      "employees. Of these, nearly half are foreign-owned",
    [
      { text: "nearly 650", value: 650, kind: "cardinal", qualifier: "nearly" },
      { text: "some 80,000", value: 80000, kind: "cardinal", qualifier: "some" },
      { text: "nearly half", value: 0.5, kind: "fraction", qualifier: "nearly" },
    ],
  ],
  [
    "a year-on-year increase of 38.6 per cent and 25.6 per cent respectively",
    [
      { text: "38.6 per cent", value: 38.6, kind: "percent", unit: "%" },
      { text: "25.6 per cent", value: 25.6, kind: "percent", unit: "%" },
    ],
  ],
  [
    "offering more than US$40 million in annual subsidies",
    [
      {
        text: "more than US$40 million",
        value: 40e6,
        kind: "money",
        unit: "USD",
        qualifier: "more than",
      },
    ],
  ],
  [
    "Today no more than 10 per cent of Institute graduates, but way over 90 per cent",
    [
      {
        text: "no more than 10 per cent",
        value: 10,
        kind: "percent",
        unit: "%",
        qualifier: "no more than",
      },
      {
        text: "way over 90 per cent",
        value: 90,
        kind: "percent",
        unit: "%",
        qualifier: "way over",
      },
    ],
  ],
  [
    "as the world’s 14th largest outsourcing destination, up from 15th in 2013",
    [
      { text: "14th", value: 14, kind: "ordinal" },
      { text: "15th", value: 15, kind: "ordinal" },
      { text: "2013", value: 2013, kind: "year" },
    ],
  ],
  [
    "Neusoft’s European business has increased five-fold since the deal",
    [{ text: "five-fold", value: 5, kind: "multiple" }],
  ],
  [
    "5280 invention patents were applied for in Dalian between January and October 2012, with 1205 granted",
    [
      { text: "5280", value: 5280, kind: "cardinal" },
      {
        text: "between January and October 2012",
        value: 2012,
        kind: "date",
        date: "2012-01",
        dateTo: "2012-10",
      },
      { text: "1205", value: 1205, kind: "cardinal" },
    ],
  ],
  [
    "generating more than 800 new “industrialisation projects”",
    [{ text: "more than 800", value: 800, kind: "cardinal", qualifier: "more than" }],
  ],
  [
    "generated one quarter of the city’s GDP",
    [{ text: "one quarter", value: 0.25, kind: "fraction" }],
  ],
  [
    "Graphic of total annual output (2013-16)",
    [{ text: "2013-16", value: 2013, to: 2016, kind: "year" }],
  ],
  [
    "PUBLISHED : Sunday, 16 July, 2017, 4:57pm",
    [
      { text: "16 July, 2017", value: 2017, kind: "date", date: "2017-07-16" },
      { text: "4:57pm", value: 16 * 60 + 57, kind: "time" },
    ],
  ],
  [
    "The State Council in April 2016 approved",
    [{ text: "April 2016", value: 2016, kind: "date", date: "2016-04" }],
  ],
  [
    "joined 20 years ago when there were only about 20 staff. The office has since expanded to over 200.",
    [
      { text: "20 years", value: 20, kind: "cardinal", unit: "years" },
      { text: "about 20", value: 20, kind: "cardinal", qualifier: "about" },
      { text: "over 200", value: 200, kind: "cardinal", qualifier: "over" },
    ],
  ],
  [
    "“Twenty years ago, we were mainly doing advisory",
    [{ text: "Twenty years", value: 20, kind: "cardinal", unit: "years" }],
  ],
  ["which is a tier two city", [{ text: "two", value: 2, kind: "cardinal" }]],
  ["Global 500 enterprises such as Accenture", [{ text: "500", value: 500, kind: "cardinal" }]],
];

const FORMS: [string, Expected][] = [
  ["1,000", { text: "1,000", value: 1000, kind: "cardinal" }],
  ["US$21.7bn", { text: "US$21.7bn", value: 21.7e9, kind: "money", unit: "USD" }],
  ["US$21,700 million", { text: "US$21,700 million", value: 21.7e9, kind: "money", unit: "USD" }],
  ["41%", { text: "41%", value: 41, kind: "percent", unit: "%" }],
  ["41 percent", { text: "41 percent", value: 41, kind: "percent", unit: "%" }],
  ["RMB135bn", { text: "RMB135bn", value: 135e9, kind: "money", unit: "CNY" }],
  ["135 billion yuan", { text: "135 billion yuan", value: 135e9, kind: "money", unit: "CNY" }],
  ["a quarter", { text: "a quarter", value: 0.25, kind: "fraction" }],
  ["two-thirds", { text: "two-thirds", value: 2 / 3, kind: "fraction" }],
  ["fivefold", { text: "fivefold", value: 5, kind: "multiple" }],
  ["5-fold", { text: "5-fold", value: 5, kind: "multiple" }],
  ["twenty-one", { text: "twenty-one", value: 21, kind: "cardinal" }],
  ["one hundred and five", { text: "one hundred and five", value: 105, kind: "cardinal" }],
  ["2013–2016", { text: "2013–2016", value: 2013, to: 2016, kind: "year" }],
  [
    "at least 1000",
    { text: "at least 1000", value: 1000, kind: "cardinal", qualifier: "at least" },
  ],
  ["3 sq km", { text: "3 sq km", value: 3, kind: "cardinal", unit: "km²" }],
];

function pick(n: ReturnType<typeof readNumbers>[number], e: Expected) {
  const out: Record<string, unknown> = { text: n.text, kind: n.kind };
  out.value = n.value;
  if ("unit" in e) out.unit = n.unit;
  if ("qualifier" in e) out.qualifier = n.qualifier;
  if ("to" in e) out.to = n.to;
  if ("date" in e) out.date = n.date;
  if ("dateTo" in e) out.dateTo = n.dateTo;
  return out;
}

describe("number reader", () => {
  it.each(PHRASINGS)("reads the source phrasing %j", (text, expected) => {
    const numbers = readNumbers(text);
    expect(numbers.map((n, k) => pick(n, expected[k] ?? expected[0]!))).toEqual(
      expected.map((e) => ({ ...e, value: expect.closeTo(e.value, 9) })),
    );
  });

  it.each(FORMS)("reads the form %j", (text, expected) => {
    const [n] = readNumbers(text);
    expect(n && pick(n, expected)).toEqual({
      ...expected,
      value: expect.closeTo(expected.value, 9),
    });
  });

  it("gives offsets that slice back to the text", () => {
    const text = "Revenues of 135 billion renminbi (US$21.7 billion), nearly half of it";
    for (const n of readNumbers(text)) expect(text.slice(n.start, n.end)).toBe(n.text);
  });

  it("tells an ordinal from a cardinal and a year from a count", () => {
    expect(readNumbers("14th")[0]?.kind).toBe("ordinal");
    expect(readNumbers("14")[0]?.kind).toBe("cardinal");
    expect(readNumbers("in 2012")[0]?.kind).toBe("year");
    expect(readNumbers("5280 patents")[0]?.kind).toBe("cardinal");
    expect(readNumbers("more than 2000 students")[0]?.kind).toBe("cardinal");
  });

  it.each([
    ["One particular capability Dalian provides", "a determiner"],
    ["one of China’s strongest hubs", "a determiner"],
    ["When he first joined the office", "an adverb"],
    ["year-on-year growth", "a compound word"],
    ["the so-called ‘double D’", "letters"],
    ["headquarters", "a word containing a fraction word"],
  ])("reads no number in %j (%s)", (text) => {
    expect(readNumbers(text)).toEqual([]);
  });

  it.each([
    ["T2 Venture Creation", "T2"],
    ["5G networks", "5G"],
    ["1,00 firms", "1,00"],
    ["12,3456 firms", "12,3456"],
    ["version 1.2.3", "1.2.3"],
  ])("is unsure of %j rather than guessing", (text, unsure) => {
    const reading = readText(text);
    expect(reading.numbers).toEqual([]);
    expect(reading.unsure.map((u) => u.text)).toEqual([unsure]);
  });

  it("keeps a bare dollar sign apart from US dollars", () => {
    expect(readNumbers("$21.7 billion")[0]?.unit).toBe("$");
    expect(readNumbers("US$21.7 billion")[0]?.unit).toBe("USD");
  });
});

describe("spelled ordinals", () => {
  it("are read as ordinals, `third` by grammar: an ordinal alone, a fraction after a count", () => {
    expect(readNumbers("the third largest").map((n) => [n.text, n.kind, n.value])).toEqual([
      ["third", "ordinal", 3],
    ]);
    expect(readNumbers("a third park").map((n) => [n.text, n.kind])).toEqual([
      ["third", "ordinal"],
    ]);
    expect(readNumbers("a third of the city").map((n) => [n.text, n.kind])).toEqual([
      ["a third", "fraction"],
    ]);
    expect(readNumbers("two thirds").map((n) => [n.text, n.kind])).toEqual([
      ["two thirds", "fraction"],
    ]);
  });
  it("leave `first` alone, which is mostly an adverb", () => {
    expect(readText("When he first joined").unsure).toEqual([]);
    expect(readText("When he first joined").numbers).toEqual([]);
  });
  it("still read `a third` and `two thirds` as fractions", () => {
    expect(readNumbers("a third")[0]?.value).toBeCloseTo(1 / 3);
    expect(readText("two thirds").unsure).toEqual([]);
  });
});

type Reads = Partial<{
  text: string;
  value: number;
  to: number | null;
  kind: string;
  unit: string | null;
  qualifier: string | null;
  relation: string;
  date: string | null;
  dateTo: string | null;
}>;

/** What an editor reads, in figures, quotes and prose (issue 15, "Read every number"). */
const EDITOR_READS: [string, Reads[]][] = [
  ["the eleventh largest", [{ text: "eleventh", value: 11, kind: "ordinal" }]],
  ["its twenty-fifth year", [{ text: "twenty-fifth", value: 25, kind: "ordinal" }]],
  ["one fifth of GDP", [{ text: "one fifth", value: 0.2, kind: "fraction" }]],
  ["three fifths", [{ text: "three fifths", value: 0.6, kind: "fraction" }]],
  ["one and a half times", [{ text: "one and a half times", value: 1.5, kind: "multiple" }]],
  ["a fourth of staff", [{ text: "a fourth", value: 0.25, kind: "fraction" }]],
  ["one in four firms", [{ text: "one in four", value: 0.25, kind: "fraction" }]],
  ["eight in ten graduates", [{ text: "eight in ten", value: 0.8, kind: "fraction" }]],
  ["between 20 and 30 firms", [{ text: "between 20 and 30", value: 20, to: 30 }]],
  ["20 through 100", [{ text: "20 through 100", value: 20, to: 100, kind: "cardinal" }]],
  ["from 2010 to 2013", [{ text: "2010 to 2013", value: 2010, to: 2013, kind: "year" }]],
  ["10-20 per cent", [{ value: 10, to: 20, kind: "percent", unit: "%" }]],
  ["US$1-2 billion", [{ value: 1e9, to: 2e9, kind: "money", unit: "USD" }]],
  [
    "rose from 20 to 30",
    [
      { text: "20", to: null },
      { text: "30", to: null },
    ],
  ],
  ["minus five percent", [{ text: "minus five percent", value: -5, kind: "percent" }]],
  ["fell by −41%", [{ text: "−41%", value: -41, kind: "percent" }]],
  ["negative ten", [{ value: -10, kind: "cardinal" }]],
  ["50 cents", [{ value: 50, kind: "money", unit: "¢" }]],
  ["470 pence", [{ value: 470, unit: "GBX" }]],
  ["five million yen", [{ value: 5e6, unit: "JPY" }]],
  ["528 million francs", [{ value: 528e6, unit: "franc" }]],
  ["10,000 swiss francs", [{ value: 1e4, unit: "CHF" }]],
  ["€2 million", [{ value: 2e6, unit: "EUR" }]],
  ["£8.10 million", [{ value: 8.1e6, unit: "GBP" }]],
  ["HK$10.05 billion", [{ value: 10.05e9, unit: "HKD" }]],
  ["twice", [{ value: 2, kind: "multiple" }]],
  ["tripled", [{ value: 3, kind: "multiple" }]],
  ["a hundredfold", [{ value: 100, kind: "multiple" }]],
  ["5x", [{ value: 5, kind: "multiple" }]],
  ["a dozen firms", [{ text: "a dozen", value: 12, relation: "approx", qualifier: null }]],
  ["a decade ago", [{ text: "a decade", value: 10, unit: "years", relation: "approx" }]],
  ["16th July 2017", [{ kind: "date", date: "2017-07-16" }]],
  ["2017-07-16", [{ kind: "date", date: "2017-07-16", to: null }]],
  ["July 16, 2017", [{ kind: "date", date: "2017-07-16" }]],
  ["at 4:57 p.m.", [{ text: "4:57 p.m.", kind: "time", value: 16 * 60 + 57 }]],
  ["10 a.m.", [{ kind: "time", value: 600 }]],
  ["120\u2009000 people", [{ text: "120\u2009000", value: 120000 }]],
  ["120\u00a0000 people", [{ text: "120\u00a0000", value: 120000 }]],
  ["41 pc", [{ value: 41, kind: "percent", unit: "%" }]],
  ["41 pct", [{ value: 41, kind: "percent", unit: "%" }]],
  ["41 per-cent", [{ value: 41, kind: "percent", unit: "%" }]],
  ["3 percentage points", [{ value: 3, kind: "percent", unit: "pp" }]],
  ["70,000-plus", [{ value: 70000, qualifier: "-plus", relation: "above" }]],
  ["650-odd", [{ value: 650, qualifier: "-odd", relation: "above" }]],
  ["1,000-ish", [{ value: 1000, qualifier: "-ish", relation: "approx" }]],
  ["1,000 at least", [{ value: 1000, qualifier: "at least", relation: "at-least" }]],
  ["US$1bn and then some", [{ value: 1e9, qualifier: "and then some", relation: "above" }]],
  ["better than 90%", [{ value: 90, qualifier: "better than", relation: "above" }]],
  ["approaching 650", [{ value: 650, qualifier: "approaching", relation: "near-below" }]],
  ["a minimum of 20", [{ value: 20, qualifier: "a minimum of", relation: "at-least" }]],
  ["upward of 200", [{ value: 200, qualifier: "upward of", relation: "above" }]],
  ["north of 200", [{ value: 200, qualifier: "north of", relation: "above" }]],
  ["not less than 30", [{ value: 30, qualifier: "not less than", relation: "at-least" }]],
  ["not over 200", [{ value: 200, qualifier: "not over", relation: "at-most" }]],
  ["just shy of 1000", [{ value: 1000, qualifier: "just shy of", relation: "near-below" }]],
  ["a little under 1,000", [{ value: 1000, relation: "near-below" }]],
  ["slightly more than 40%", [{ value: 40, relation: "near-above" }]],
  ["1,000 or thereabouts", [{ value: 1000, relation: "approx" }]],
  ["perhaps 200", [{ value: 200, qualifier: "perhaps", relation: "approx" }]],
  ["2008 students", [{ text: "2008", kind: "cardinal" }]],
  ["in 2008 students protested", [{ text: "2008", kind: "year" }]],
  ["2008 marks a turn", [{ text: "2008", kind: "year" }]],
  ["2000 km", [{ kind: "cardinal", unit: "km" }]],
  ["the 1990s", [{ text: "1990s", value: 1990, to: 1999, kind: "year" }]],
  [".08", [{ value: 0.08 }]],
];

/** What the reader refuses rather than reads wrongly or skips. */
const REFUSED: [string, string][] = [
  ["¥100", "¥100"],
  ["₨100", "₨100"],
  ["hundreds of firms", "hundreds of"],
  ["millions of people", "millions of"],
  ["dozens of firms", "dozens of"],
  ["a score of years", "a score of"],
  ["3/4 of firms", "3/4"],
  ["24/7", "24/7"],
  ["2011-12", "2011-12"],
  ["120 000 people", "120 000"],
  ["120⁵", "120⁵"],
  ["1½", "1½"],
  ["Ⅶ", "Ⅶ"],
  ["①", "①"],
  ["七百万", "七百万"],
  ["sev\u200Een", "sev\u200Een"],
  ["s\u0435ven", "s\u0435ven"],
  ["VII million", "million"],
  ["1".padEnd(321, "0"), "1".padEnd(321, "0")],
  ["1234567890123456789", "1234567890123456789"],
  ["nearly 1000+", "nearly 1000+"],
];

describe("what an editor reads", () => {
  it.each(EDITOR_READS)("reads %j", (text, expected) => {
    const reading = readText(text);
    expect(reading.unsure).toEqual([]);
    expect(reading.numbers).toHaveLength(expected.length);
    reading.numbers.forEach((n, k) => {
      const e = expected[k]!;
      const got = Object.fromEntries(
        Object.keys(e).map((key) => [key, (n as unknown as Record<string, unknown>)[key]]),
      );
      expect(got).toEqual(
        Object.fromEntries(
          Object.entries(e).map(([key, v]) => [
            key,
            typeof v === "number" ? expect.closeTo(v, 9) : v,
          ]),
        ),
      );
    });
  });

  it.each(REFUSED)("is unsure of %j, never reads it", (text, unsure) => {
    const reading = readText(text);
    expect(reading.numbers).toEqual([]);
    expect(reading.unsure.map((u) => u.text)).toContain(unsure);
    for (const u of reading.unsure) expect(u.reason).not.toBe("");
  });

  it("never joins numbers across a blank line or a paragraph", () => {
    const text = "one trillion\n\ntwenty-one trillion\n\nfifty";
    expect(readNumbers(text).map((n) => [n.text, n.value])).toEqual([
      ["one trillion", 1e12],
      ["twenty-one trillion", 21e12],
      ["fifty", 50],
    ]);
    expect(readNumbers("six\u2029million").map((n) => n.text)).toEqual(["six"]);
    // A single line break is a wrapped line, not a paragraph.
    expect(readNumbers("US$21.7\nbillion").map((n) => n.value)).toEqual([21.7e9]);
  });

  it("reads `¥` as neither yen nor renminbi, and `yen`, `yuan` and `RMB` as named", () => {
    expect(readNumbers("5 yen")[0]?.unit).toBe("JPY");
    expect(readNumbers("5 yuan")[0]?.unit).toBe("CNY");
    expect(readNumbers("RMB5")[0]?.unit).toBe("CNY");
    expect(readText("¥5").unsure[0]?.reason).toMatch(/yen and the renminbi/);
  });

  it("reads `km²` after a figure as a unit, not as a stray digit", () => {
    expect(readText("3 km²").numbers[0]?.unit).toBe("km²");
    expect(readText("per km²").unsure).toEqual([]);
  });
});
