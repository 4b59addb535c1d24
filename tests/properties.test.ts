import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readNumbers, readText } from "../src/facts/numbers/read.ts";
import { compareNumber } from "../src/facts/numbers/compare.ts";
import { locateQuote } from "../src/facts/quotes/locate.ts";
import { tokenize, TOKEN } from "../src/facts/numbers/tokenize.ts";
import { normalize, toOriginalRange } from "../src/facts/text/normalize.ts";
import { sameWords } from "../src/facts/sources/verify-edition.ts";
import { loadSources } from "../src/facts/load.ts";
import { newRun, prepareSources } from "../src/facts/run.ts";

const sources = prepareSources(await loadSources(process.cwd()), newRun());
const magazine = sources.get("great-leap-forward")!;

/** Formats a value the ways writers do. */
const formatted = fc.oneof(
  fc
    .integer({ min: 0, max: 999_999_999 })
    .map((v) => ({ text: v.toLocaleString("en-US"), value: v })),
  fc
    .integer({ min: 1, max: 9999 })
    .map((v) => ({ text: `US$${(v / 10).toFixed(1)} billion`, value: (v / 10) * 1e9 })),
  fc
    .integer({ min: 1, max: 9999 })
    .map((v) => ({ text: `RMB${(v / 100).toFixed(2)}bn`, value: (v / 100) * 1e9 })),
  fc
    .integer({ min: 0, max: 1000 })
    .map((v) => ({ text: `${(v / 10).toFixed(1)} per cent`, value: v / 10 })),
  fc.integer({ min: 0, max: 100 }).map((v) => ({ text: `${v}%`, value: v })),
  fc.integer({ min: 1, max: 999 }).map((v) => ({ text: `${v} million`, value: v * 1e6 })),
);

describe("properties", () => {
  it("the reader never throws on arbitrary Unicode, and its offsets slice back to its text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const reading = readText(text);
        for (const n of reading.numbers) expect(text.slice(n.start, n.end)).toBe(n.text);
        for (const u of reading.unsure) expect(text.slice(u.start, u.end)).toBe(u.text);
      }),
      { numRuns: 1000 },
    );
  });

  it("the reader never throws on numeric-looking noise", () => {
    const pieces = fc.constantFrom(
      "1",
      "0",
      ",",
      ".",
      "-",
      "–",
      " ",
      "US$",
      "$",
      "%",
      "per cent",
      "billion",
      "bn",
      "m",
      "th",
      "s",
      "nearly",
      "over",
      "one",
      "half",
      "quarter",
      "fold",
      "April",
      ":",
      "pm",
      "sq km",
      "a",
      "\n",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        for (const n of readNumbers(text)) expect(Number.isNaN(n.value)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("a number formatted and read back keeps its value", () => {
    fc.assert(
      fc.property(formatted, ({ text, value }) => {
        const [n] = readNumbers(`about ${text} in all`);
        expect(n).toBeDefined();
        // Relative: `value` is a product in floating point (32.55 * 1e9 is 32549999999.999996);
        // the reader gives the decimal the text writes.
        expect(Math.abs(n!.value - value)).toBeLessThanOrEqual(
          1e-12 * Math.max(1, Math.abs(value)),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("a figure always matches itself and never matches a changed value", () => {
    fc.assert(
      fc.property(formatted, fc.integer({ min: 1, max: 9 }), ({ text }, delta) => {
        const [n] = readNumbers(text);
        expect(compareNumber(n!, [n!], null).ok).toBe(true);
        const changed = { ...n!, value: n!.value + delta * n!.scale };
        expect(compareNumber(changed, [n!], null).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("the quote matcher never throws on arbitrary Unicode", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme" }),
        fc.option(fc.string()),
        fc.option(fc.string()),
        (quote, prefix, suffix) => {
          const location = locateQuote(magazine, {
            quote,
            prefix: prefix ?? undefined,
            suffix: suffix ?? undefined,
          });
          expect(["exact", "normalised", "failed"]).toContain(location.status);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the tokenizer's scan gives exactly the tokens of its reference expression", () => {
    const reference = (text: string) => {
      let last = 0;
      return [...text.matchAll(TOKEN)].map((m, k) => {
        const token = {
          type: m[1] !== undefined ? "num" : m[2] !== undefined ? "word" : "sym",
          text: m[0],
          lower: m[0].toLowerCase(),
          start: m.index,
          end: m.index + m[0].length,
          spaced: k === 0 || m.index > last,
        };
        last = token.end;
        return token;
      });
    };
    const pieces = fc.constantFrom(
      "1",
      "12",
      ",",
      ".",
      "'",
      "’",
      "-",
      " ",
      "\u00a0",
      "\u3000",
      "\n",
      "US$",
      "China's",
      "Ünïcode",
      "ΣΑΣ",
      "İ",
      "ǅ",
      "𝟙",
      "𐐀",
      "\ud800",
      "é",
      "e\u0301",
      "%",
      "de'",
      "'s",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc.string({ unit: "grapheme" }),
          fc.array(pieces, { maxLength: 20 }).map((p) => p.join("")),
        ),
        (text) => {
          expect(tokenize(text)).toEqual(reference(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("normalising plain ASCII only collapses its spaces, and maps every character back to itself", () => {
    const ascii = fc.string({
      unit: fc.constantFrom("a", "Z", "1", ",", ".", "'", '"', "-", " ", "  ", "\n", "\t", "`"),
    });
    fc.assert(
      fc.property(ascii, (text) => {
        const n = normalize(text);
        expect(n.text).toBe(text.replace(/\s+/g, " ").trim().replaceAll("`", "'"));
        for (let i = 0; i < n.text.length; i++) {
          const [from] = toOriginalRange(n, i, i + 1);
          const original = text[from]!;
          expect(
            n.text[i] === " " ? /\s/.test(original) : original.replace("`", "'") === n.text[i],
          ).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("a quote is found at every place it stands on word boundaries, and nowhere else", () => {
    const blocks = magazine.blocks.map((b) => ({ anchor: b.anchor, text: normalize(b.text).text }));
    const word = /[\p{L}\p{N}]/u;
    const places = (quote: string) =>
      blocks.flatMap((b) => {
        const found: string[] = [];
        for (let at = b.text.indexOf(quote); at >= 0; at = b.text.indexOf(quote, at + 1)) {
          const cut = (x: number) =>
            !(word.test(b.text[x - 1] ?? " ") && word.test(b.text[x] ?? " "));
          if (cut(at) && cut(at + quote.length)) found.push(b.anchor);
        }
        return found;
      });
    const all = blocks.flatMap((b) => b.text.split(" "));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: all.length - 1 }),
        fc.integer({ min: 1, max: 4 }),
        (from, length) => {
          const quote = all.slice(from, from + length).join(" ");
          const location = locateQuote(magazine, { quote });
          const found = [...location.occurrences, ...location.outsideContent]
            .map((p) => p.anchor)
            .sort();
          expect(found, quote).toEqual(places(quote).sort());
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("two texts have the same words exactly when they do with whitespace folded", () => {
    const folded = (t: string) => t.replace(/\s+/g, " ").trim();
    const text = fc.string({
      unit: fc.constantFrom(
        "a",
        "b",
        "1",
        " ",
        "  ",
        "\n",
        "\t",
        "\r\n",
        "\u00a0",
        "\u2028",
        "\u3000",
        "\ufeff",
        "é",
        "😀",
      ),
    });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(sameWords(a, b)).toBe(folded(a) === folded(b));
        expect(sameWords(a, folded(a).replaceAll(" ", "\n "))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("every passage of the edition is found where it stands", () => {
    for (const block of magazine.blocks.filter((b) => b.kind === "paragraph")) {
      const words = block.text.split(/\s+/);
      const quote = words.slice(0, 12).join(" ");
      const location = locateQuote(magazine, { quote });
      // The pull quote repeats the main text, so a passage may be found twice; it is always found where it stands.
      expect(
        location.occurrences.map((o) => o.anchor),
        quote,
      ).toContain(block.anchor);
    }
  });
});

describe("review findings", () => {
  it("pins a quote with a prefix of whole words only", () => {
    const location = locateQuote(magazine, { quote: "Dalian Software Park (DLSP)", prefix: "he" });
    expect(location.status).toBe("failed"); // "the Dalian Software Park": `he` is part of `the`
    expect(
      locateQuote(magazine, { quote: "Dalian Software Park (DLSP)", prefix: "the" }).status,
    ).not.toBe("failed");
  });

  it("reads no number word from an object's built-in names", () => {
    expect(
      readText("a constructor and Constructor 2012 and toString").numbers.map((n) => n.text),
    ).toEqual(["2012"]);
  });
});
