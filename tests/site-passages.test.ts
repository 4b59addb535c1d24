/** Nesting the cited passages of a block into marks, whether they nest, cross or repeat. */
import { expect, it } from "vitest";
import fc from "fast-check";
import { crossing, inEndOrder, nest, piecesHtml, type Piece } from "../src/site/passages.ts";

const TEXT = "By the end of 2012, the city was home to nearly 1000 firms";

/** The pieces as `[text, id, head]` runs, flattened, to compare. */
function spans(pieces: readonly Piece[], inside: string[] = []): [string, string[]][] {
  return pieces.flatMap((p): [string, string[]][] =>
    typeof p === "string" ? [[p, inside]] : spans(p.children, [...inside, p.id]),
  );
}

/** All the text of one passage, from its pieces. */
function textOf(pieces: readonly Piece[], id: string, inside = false): string {
  return pieces
    .map((p) => {
      if (typeof p === "string") return inside ? p : "";
      return textOf(p.children, id, inside || p.id === id);
    })
    .join("");
}

it("nests a passage inside the one that holds it, as one element with its id", () => {
  const out = nest(TEXT, [
    { id: "outer", start: 0, end: 18 },
    { id: "inner", start: 14, end: 18 },
    { id: "inner", start: 14, end: 18 },
  ]);
  expect(piecesHtml(out)).toBe(
    `<mark id="outer">By the end of <mark id="inner">2012</mark></mark>${TEXT.slice(18)}`,
  );
  expect(crossing(out)).toEqual([]);
});

it("cuts a passage that crosses another's end: its first piece has the id, the rest the class", () => {
  const a = { id: "a", start: 0, end: 40 }; // "By the end … home to"
  const b = { id: "b", start: 33, end: 52 }; // "home to nearly 1000"
  const out = nest(TEXT, [a, b]);
  expect(piecesHtml(out)).toBe(
    '<mark id="a">By the end of 2012, the city was <mark id="b" class="x">home to</mark></mark>' +
      '<mark class="b e"> nearly 1000</mark> firms',
  );
  expect(crossing(out)).toEqual(["b"]);
});

it("lists passages in the order their ends come, inner first where two end together", () => {
  const ranges = [
    { id: "whole", start: 0, end: 18 },
    { id: "year", start: 14, end: 18 },
    { id: "first", start: 0, end: 6 },
  ];
  expect(inEndOrder(ranges).map((r) => r.id)).toEqual(["first", "year", "whole"]);
});

it("loses no text and marks each passage exactly over its range, whatever the ranges", () => {
  const range = fc
    .tuple(fc.nat(TEXT.length), fc.nat(TEXT.length))
    .map(([x, y]) => [Math.min(x, y), Math.max(x, y) + 1] as const)
    .filter(([, e]) => e <= TEXT.length);
  fc.assert(
    fc.property(fc.array(range, { maxLength: 6 }), (ranges) => {
      const passages = ranges.map(([start, end], k) => ({ id: `p${k}`, start, end }));
      const out = nest(TEXT, passages);
      expect(
        spans(out)
          .map(([t]) => t)
          .join(""),
      ).toBe(TEXT);
      const unique = [...new Map(passages.map((p) => [p.id, p])).values()];
      for (const p of unique) expect(textOf(out, p.id)).toBe(TEXT.slice(p.start, p.end));
      // Exactly one element carries each passage's id.
      const html = piecesHtml(out);
      for (const p of unique)
        expect(html.match(new RegExp(`id="${p.id}"`, "g")) ?? []).toHaveLength(1);
    }),
  );
});
