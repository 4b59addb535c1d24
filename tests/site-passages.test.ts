/** Cutting a block into runs for marking cited passages that nest, cross or repeat. */
import { expect, it } from "vitest";
import fc from "fast-check";
import { runs } from "../src/site/passages.ts";

const TEXT = "By the end of 2012, the city was home to nearly 1000 firms";

it("cuts crossing passages so that each keeps all of its text", () => {
  const a = { id: "a", start: 0, end: 40 }; // "By the end … home to"
  const b = { id: "b", start: 33, end: 52 }; // "home to nearly 1000"
  const out = runs(TEXT, [a, b]);
  expect(out.map((r) => [r.text, r.ids])).toEqual([
    ["By the end of 2012, the city was ", ["a"]],
    ["home to", ["a", "b"]],
    [" nearly 1000", ["b"]],
    [" firms", []],
  ]);
  expect(out.map((r) => r.starts)).toEqual([["a"], ["b"], [], []]);
});

it("keeps a nested passage inside the one that holds it, and counts a repeated passage once", () => {
  const out = runs(TEXT, [
    { id: "outer", start: 0, end: 18 },
    { id: "inner", start: 14, end: 18 },
    { id: "inner", start: 14, end: 18 },
  ]);
  expect(out.map((r) => [r.text, r.ids])).toEqual([
    ["By the end of ", ["outer"]],
    ["2012", ["outer", "inner"]],
    [TEXT.slice(18), []],
  ]);
});

it("loses no text and marks each passage exactly over its range, whatever the ranges", () => {
  const range = fc
    .tuple(fc.nat(TEXT.length), fc.nat(TEXT.length))
    .map(([x, y]) => [Math.min(x, y), Math.max(x, y) + 1] as const)
    .filter(([, e]) => e <= TEXT.length);
  fc.assert(
    fc.property(fc.array(range, { maxLength: 6 }), (ranges) => {
      const passages = ranges.map(([start, end], k) => ({ id: `p${k}`, start, end }));
      const out = runs(TEXT, passages);
      expect(out.map((r) => r.text).join("")).toBe(TEXT);
      for (const p of passages) {
        expect(
          out
            .filter((r) => r.ids.includes(p.id))
            .map((r) => r.text)
            .join(""),
        ).toBe(TEXT.slice(p.start, p.end));
        expect(out.filter((r) => r.starts.includes(p.id))).toHaveLength(1);
      }
    }),
  );
});
