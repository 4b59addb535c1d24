/** The pure shaping of the exports (src/site/exports.ts), on arbitrary data. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quoteContext, scriptSafeJson } from "../src/site/exports.ts";
import { COLUMNS, csvRows, toCsv, type CsvRow } from "../src/site/facts-export.ts";
import type { FactsExport } from "../src/site/schemas/facts-export.ts";
import { parseCsv } from "./helpers/dist-pages.ts";

const row = fc.record(
  Object.fromEntries(
    COLUMNS.map((c) => [
      c,
      fc.string({ unit: fc.constantFrom("a", " ", ",", '"', "\r", "\n", "\r\n", "é", "=", "<") }),
    ]),
  ) as Record<keyof CsvRow, fc.Arbitrary<string>>,
);

describe("toCsv", () => {
  it("reads back as the same rows under an RFC 4180 reader, whatever the fields hold", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
        const [header, ...records] = parseCsv(toCsv(rows));
        expect(header).toEqual([...COLUMNS]);
        expect(records).toEqual(rows.map((r) => COLUMNS.map((c) => r[c])));
      }),
    );
  });

  it("quotes only the fields that need it, and ends every record with CRLF", () => {
    const empty = Object.fromEntries(COLUMNS.map((c) => [c, ""])) as CsvRow;
    const csv = toCsv([{ ...empty, id: "a", text: 'say "hi", twice', quote: "two\nlines" }]);
    const quoted: Partial<CsvRow> = { id: "a", text: '"say ""hi"", twice"', quote: '"two\nlines"' };
    expect(csv).toBe(
      `${COLUMNS.join(",")}\r\n${COLUMNS.map((c) => quoted[c] ?? "").join(",")}\r\n`,
    );
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});

describe("csvRows", () => {
  const number = {
    text: "nearly 1,000",
    value: 1000,
    to: null,
    unit: null,
    kind: "cardinal" as const,
    qualifier: "nearly",
    roundedFrom: null,
  };
  const fact = {
    type: "fact" as const,
    id: "firms",
    page: "/industry/",
    text: "nearly 1,000 firms in 2012",
    round: null,
    numbers: [
      number,
      { ...number, text: "2012", value: 2012, kind: "year" as const, qualifier: null },
    ],
    source: "s",
    sourceTitle: "T",
    sourceDate: null,
    quote: "nearly 1000 firms in 2012",
    href: "/sources/s/#q-p01-0-25",
  };

  it("gives each number of a figure its own row, the figure's fields repeated", () => {
    const rows = csvRows([fact]);
    expect(rows.map((r) => [r.id, r.number, r.number_text, r.value, r.kind, r.qualifier])).toEqual([
      ["firms", "1", "nearly 1,000", "1000", "cardinal", "nearly"],
      ["firms", "2", "2012", "2012", "year", ""],
    ]);
  });

  it("keeps a figure without a number, and a derived figure's formula, inputs and result", () => {
    const entries: FactsExport = [
      { ...fact, id: "role", text: "vice president", numbers: [] },
      {
        type: "derived",
        id: "growth",
        page: "/industry/",
        text: "2.5 times",
        round: 0.1,
        numbers: [{ ...number, text: "2.5 times", value: 2.5, kind: "multiple", qualifier: null }],
        formula: "a / b",
        result: 2.508,
        inputs: [
          { id: "a", href: "/industry/#a", text: "US$21.7 billion", value: 21.7e9 },
          { id: "b", href: "/industry/#b", text: "US$8.65 billion", value: 8.65e9 },
        ],
      },
    ];
    const [role, growth] = csvRows(entries);
    expect([role?.id, role?.number, role?.value]).toEqual(["role", "", ""]);
    expect(growth).toMatchObject({
      type: "derived",
      formula: "a / b",
      inputs: "/industry/#a /industry/#b",
      result: "2.508",
      round: "0.1",
      value: "2.5",
      source: "",
    });
  });
});

describe("quoteContext", () => {
  const text =
    "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau";

  it("surrounds the exact text with the text's own words, whole", () => {
    const start = text.indexOf("kappa");
    const { prefix, exact, suffix } = quoteContext(text, start, start + "kappa lambda".length);
    expect(exact).toBe("kappa lambda");
    expect(text.includes(`${prefix}${exact}${suffix}`)).toBe(true);
    expect(prefix).toBe("delta epsilon zeta eta theta iota ");
    expect(suffix).toBe(" mu nu xi omicron pi rho sigma tau");
  });

  it("stops at the ends of the text", () => {
    expect(quoteContext("one two three", 0, 3)).toEqual({
      prefix: "",
      exact: "one",
      suffix: " two three",
    });
  });

  it("keeps at least as much context as the fact's own prefix or suffix", () => {
    const start = text.indexOf("sigma");
    const given = "theta iota kappa lambda mu nu xi omicron pi rho ";
    const { prefix } = quoteContext(text, start, start + 5, { prefix: given });
    expect(prefix.endsWith(given)).toBe(true);
  });

  it("always re-anchors where it was taken", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b", " ", "\n"), minLength: 1 }),
        fc.nat(),
        fc.nat(),
        (t, x, y) => {
          const [start, end] = [x % (t.length + 1), y % (t.length + 1)].sort((p, q) => p - q) as [
            number,
            number,
          ];
          const { prefix, exact, suffix } = quoteContext(t, start, end);
          expect(t.slice(start - prefix.length, end + suffix.length)).toBe(
            `${prefix}${exact}${suffix}`,
          );
        },
      ),
    );
  });
});

describe("scriptSafeJson", () => {
  it("has no `<` for an HTML parser to end the script on, and parses back to the same value", () => {
    const value = { a: "</script><script>alert(1)</script>", b: "<!-- x", c: "\u2028\u2029" };
    const json = scriptSafeJson(value);
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual(value);
  });
});
