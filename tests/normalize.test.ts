import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalize, toOriginalRange } from "../src/facts/text/normalize.ts";

describe("normalisation", () => {
  it.each([
    ["folds typographic quotes and apostrophes", "“Dalian’s ‘double D’”", `"Dalian's 'double D'"`],
    [
      "folds dashes",
      "digital and DNA – industries — 2013–16 − 1",
      "digital and DNA - industries - 2013-16 - 1",
    ],
    [
      "collapses whitespace and line breaks",
      "  revenues\n of \t 135\u00A0billion  ",
      "revenues of 135 billion",
    ],
    [
      "drops soft hyphens and zero-width characters",
      "out\u00ADsourcing\u200B hub",
      "outsourcing hub",
    ],
    ["applies NFKC", "ﬁve ＵＳ$２１.７ … x²", "five US$21.7 ... x2"],
    ["composes combining marks", "Cafe\u0301", "Café"],
    [
      "composes a mark that comes after long plain text and folded characters",
      "The “plain” text – of a long paragraph, then Cafe\u0301",
      `The "plain" text - of a long paragraph, then Café`,
    ],
    ["composes a mark that comes first", "\u0301e and Cafe\u0301", "\u0301e and Café"],
    ["keeps case", "Dalian DALIAN", "Dalian DALIAN"],
  ])("%s", (_, input, output) => {
    expect(normalize(input).text).toBe(output);
  });

  it("maps every normalised range back to the original text", () => {
    const input = "  “Dalian’s”\n\nrevenue – ﬁne…";
    const n = normalize(input);
    const at = n.text.indexOf("revenue - fine");
    const [start, end] = toOriginalRange(n, at, at + "revenue - fine".length);
    expect(input.slice(start, end)).toBe("revenue – ﬁne");
    const dots = n.text.indexOf("...");
    expect(input.slice(...toOriginalRange(n, dots, dots + 3))).toBe("…");
  });

  it("maps each character of adjacent expanded units back to its own unit", () => {
    const input = "a……ﬁﬁ b";
    const n = normalize(input);
    expect(n.text).toBe("a......fifi b");
    const units = [...n.text].map((_, i) => input.slice(...toOriginalRange(n, i, i + 1)));
    expect(units).toEqual(["a", "…", "…", "…", "…", "…", "…", "ﬁ", "ﬁ", "ﬁ", "ﬁ", " ", "b"]);
    // A range that ends inside an expanded unit takes the whole unit.
    expect(input.slice(...toOriginalRange(n, 1, 5))).toBe("……");
  });

  it("maps an empty range to a point, and a text of nothing but spaces to nothing", () => {
    const n = normalize("x’y z");
    expect(toOriginalRange(n, 1, 1)).toEqual([1, 1]);
    const blank = normalize("  \u200B \n");
    expect(blank.text).toBe("");
    expect(toOriginalRange(blank, 0, 0)).toEqual([0, 0]);
  });

  it("keeps the map small for text that maps one to one, folded or not", () => {
    const n = normalize("Привет мир — “Dalian’s” ".repeat(50));
    // Cyrillic, the dash and the quotes each fold one character to one: they go on the run, as plain text does.
    expect(n.map!.at.length).toBe(1);
  });

  it("maps a composed character back to the letter and its mark, after plain text", () => {
    const input = "plain words — then Cafe\u0301 au lait";
    const n = normalize(input);
    const at = n.text.indexOf("é");
    expect(input.slice(...toOriginalRange(n, at, at + 1))).toBe("e\u0301");
    expect(input.slice(...toOriginalRange(n, 0, n.text.length))).toBe(input);
  });

  it("never throws, and maps any range inside the original text (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.nat(), fc.nat(), (input, a, b) => {
        const n = normalize(input);
        // The map's segments start at 0, in order, each inside the text.
        if (n.map && n.text.length > 0) {
          expect(n.map.at[0]).toBe(0);
          n.map.at.forEach((at, k) => expect(k === 0 || at > n.map!.at[k - 1]!).toBe(true));
          expect(n.map.at.at(-1)!).toBeLessThan(n.text.length);
        }
        if (n.text.length === 0) return;
        const start = a % n.text.length;
        const end = start + 1 + (b % (n.text.length - start));
        const [from, to] = toOriginalRange(n, start, end);
        expect(0 <= from && from <= to && to <= input.length).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("leaves plain ASCII text as it is, with offsets that map to themselves", () => {
    const n = normalize("Revenues of US$21.7 billion (2012).");
    expect(n.text).toBe("Revenues of US$21.7 billion (2012).");
    expect(toOriginalRange(n, 12, 27)).toEqual([12, 27]);
    expect(normalize("two  spaces").text).toBe("two spaces");
    expect(normalize(" leading").text).toBe("leading");
  });

  it("is idempotent (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (input) => {
        const once = normalize(input).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});
