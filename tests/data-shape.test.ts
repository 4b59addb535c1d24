/** The pure shaping of the exports (src/site/exports.ts), on arbitrary data. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COLUMNS, quoteContext, scriptSafeJson, toCsv, type FactRow } from "../src/site/exports.ts";
import { parseCsv } from "./helpers/dist-pages.ts";

const row = fc.record(
  Object.fromEntries(
    COLUMNS.map((c) => [
      c,
      fc.string({ unit: fc.constantFrom("a", " ", ",", '"', "\r", "\n", "\r\n", "é", "=", "<") }),
    ]),
  ) as Record<keyof FactRow, fc.Arbitrary<string>>,
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
    const csv = toCsv([
      {
        id: "a",
        page: "/",
        text: 'say "hi", twice',
        source: "s",
        quote: "two\nlines",
        href: "/x/#q",
      },
    ]);
    expect(csv).toBe(
      'id,page,text,source,quote,href\r\na,/,"say ""hi"", twice",s,"two\nlines",/x/#q\r\n',
    );
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
