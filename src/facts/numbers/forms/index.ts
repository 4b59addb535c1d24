/**
 * The table of forms: every way of writing a number the reader knows, each with its name, its
 * pattern, how it builds its value and examples that run as tests (`tests/forms.test.ts`). Forms
 * are grouped by what they make: numerals (a bare number), measures (a number with what it counts),
 * spans (a measure or a range of two) and the figure (a span with its qualifiers).
 */
import { form, opt, role, FormTable, type Form } from "../grammar.ts";
import type { Figure, Measure } from "../numeral.ts";
import { yearInContext } from "../calendar.ts";
import { NUMERALS } from "./numerals.ts";
import { MONEY } from "./money.ts";
import { MULTIPLES } from "./multiples.ts";
import { QUANTITIES } from "./quantities.ts";
import { DATES } from "./dates.ts";
import { RANGES } from "./ranges.ts";

const before = (r: { role: string; after?: boolean }) =>
  r.role === "qualifier" && r.after === false;
const after = (r: { role: string; after?: boolean }) => r.role === "qualifier" && r.after === true;

const FIGURE: Form<"expression"> = {
  name: "figure",
  category: "expression",
  reads: "[qualifier] span [qualifier written after: + | or so | -plus…]",
  pattern: [
    opt(role("qualifier", "pre", before)),
    form("span", "span"),
    opt(role("qualifier", "post", after)),
  ],
  build(m) {
    const span = m.value<Measure>("span")!;
    if (span.partial || span.lone) return null;
    const pre = m.role("pre", "qualifier");
    const post = m.role("post", "qualifier");
    const q = m.has("pre") ? m.piece("pre")! : m.piece("post");
    const qualifier = q ? q.lower : null;
    const relation = (pre ?? post)?.relation ?? (span.approx ? "approx" : "exact");
    const figure: Figure = { ...span, qualifier, relation };
    if (pre && post)
      return {
        ...figure,
        unsure: `\`${m.piece("pre")!.text}\` and \`${m.piece("post")!.text}\` both qualify one figure`,
      };
    if (!span.yearLike) return figure;
    // "mid-2012" is a year; "more than 2000" counts; "in 2008" is a year, "2008 students" a count.
    const period = relation === "early" || relation === "mid" || relation === "late";
    // A hedge of amount ("about 2000", "more than 2000") makes four digits a count, as it always has.
    const counted = pre !== undefined && relation !== "exact";
    const year = period || (!counted && yearInContext(m.before(), m.after()));
    return { ...figure, kind: year ? "year" : "cardinal", yearLike: false };
  },
  examples: [
    ["nearly 1000", { value: 1000, qualifier: "nearly", relation: "near-below" }],
    ["70,000-plus", { value: 70000, qualifier: "-plus", relation: "above" }],
    ["upward of 200", { qualifier: "upward of", relation: "above" }],
    ["not less than 30", { qualifier: "not less than", relation: "at-least" }],
    ["mid-2012", { kind: "year", qualifier: "mid-" }],
    ["more than 2000 students", { kind: "cardinal" }],
  ],
};

/** Every form, as listed in the README. */
export const FORMS: readonly Form[] = [
  ...NUMERALS,
  ...MONEY,
  ...MULTIPLES,
  ...QUANTITIES,
  ...DATES,
  ...RANGES,
  FIGURE,
];

/** The forms, compiled for the engine. */
export const TABLE = new FormTable(FORMS);
