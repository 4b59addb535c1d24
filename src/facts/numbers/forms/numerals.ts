/** Numerals: a number in digits or words, with its scale, before any unit. */
import { attached, digits, opt, role, scan, text, type Form } from "../grammar.ts";
import { has, type Piece } from "../lexicon.ts";
import { spelledAt } from "../spelled.ts";
import type { Numeral } from "../numeral.ts";

function numeral(value: number, end: number, fields: Partial<Numeral> = {}): Numeral {
  return {
    value,
    end,
    kind: "cardinal",
    scale: 1,
    digits: null,
    lone: false,
    article: false,
    approx: false,
    ...fields,
  };
}

/** Digits stuck to the letters before them ("T2") read as a name; a currency ("RMB135") is fine. */
function joinedName(before: Piece | undefined, piece: Piece): string | undefined {
  if (!before || piece.spaced || before.type !== "word" || !/\p{L}$/u.test(before.text)) return;
  if (has(before, "currency")) return;
  return `\`${before.text}${piece.text}\` joins letters and digits, so it reads as a name, not a figure`;
}

const integer = (p: Piece) => p.digits !== null && p.digits.decimals === 0 && !p.digits.grouped;

const DIGITS: Form<"numeral"> = {
  name: "digits",
  category: "numeral",
  reads: "digits, then a scale word or an abbreviation stuck to them, or dozen",
  pattern: [
    digits("d"),
    opt(role("hundred")),
    opt(role("scale", "scale", (r, p) => r.role === "scale" && (!r.short || !p.spaced))),
    opt(role("group")),
  ],
  build(m) {
    const p = m.piece("d")!;
    const d = p.digits!;
    const scale = (m.has("hundred") ? 100 : 1) * (m.role("scale", "scale")?.value ?? 1);
    const group = m.role("group", "group")?.value ?? 1;
    const problem = d.problem ?? joinedName(m.before(), p);
    // 21.7 * 1e9 is 21699999999.999996 in floating point; the written number has at most 15 digits.
    const times = scale * group;
    const value = times === 1 ? d.value : Number((d.value * times).toPrecision(15));
    return numeral(value, m.end, {
      scale,
      digits: d,
      approx: group !== 1,
      ...(problem === undefined || problem === null ? {} : { problem }),
    });
  },
  examples: [
    ["1,000", { value: 1000, kind: "cardinal" }],
    ["US$21.7bn", { value: 21.7e9, scale: 1e9 }],
    ["135 billion", { value: 135e9, scale: 1e9 }],
    ["10k", { value: 10000 }],
    [".08", { value: 0.08 }],
    ["322 hundred", { value: 32200 }],
    ["3 dozen", { value: 36, relation: "approx" }],
  ],
};

const SUFFIX: Record<string, string> = { "1": "st", "2": "nd", "3": "rd" };

const DIGIT_ORDINAL: Form<"numeral"> = {
  name: "ordinal in digits",
  category: "numeral",
  reads: "an integer with st, nd, rd or th stuck to it",
  pattern: [digits("d", integer), attached(role("ordinal-suffix", "suffix"))],
  build(m) {
    const p = m.piece("d")!;
    const written = m.piece("suffix")!.lower;
    const teen = /1\d$/.test(p.text);
    const right = teen ? "th" : (SUFFIX[p.text.slice(-1)] ?? "th");
    const problem =
      written === right
        ? joinedName(m.before(), p)
        : `\`${p.text}${written}\` is no ordinal (\`${p.text}${right}\`)`;
    return numeral(p.digits!.value, m.end, {
      kind: "ordinal",
      digits: p.digits,
      ...(problem === undefined ? {} : { problem }),
    });
  },
  examples: [
    ["14th", { value: 14, kind: "ordinal" }],
    ["21st", { value: 21, kind: "ordinal" }],
  ],
};

const VULGAR: Form<"numeral"> = {
  name: "vulgar fraction",
  category: "numeral",
  reads: "½, which reads 1⁄2 once normalised",
  pattern: [
    digits("a", integer),
    attached(text("slash", "\u2044")),
    attached(digits("b", integer)),
  ],
  build(m) {
    const b = m.piece("b")!.digits!.value;
    if (b === 0) return null;
    return numeral(m.piece("a")!.digits!.value / b, m.end, { kind: "fraction" });
  },
  examples: [["½", { value: 0.5, kind: "fraction" }]],
};

const SPELLED: Form<"numeral"> = {
  name: "spelled",
  category: "numeral",
  reads: "number words in English grammar (see spelled.ts)",
  pattern: [
    scan(
      "n",
      (ps, i) => {
        const n = spelledAt(ps, i);
        return n ? { end: n.end, value: n } : null;
      },
      { roles: ["unit", "tens", "article", "ordinal", "denominator"] },
    ),
  ],
  build: (m) => m.value<Numeral>("n")!,
  examples: [
    ["six million", { value: 6e6, kind: "cardinal", scale: 1e6 }],
    ["twenty-one", { value: 21 }],
    ["one hundred and five", { value: 105 }],
    ["twenty-one trillion and three hundred", { value: 21e12 + 300 }],
    ["fifty two", { value: 52 }],
    ["eleventh", { value: 11, kind: "ordinal" }],
    ["twenty-fifth", { value: 25, kind: "ordinal" }],
    ["one hundred twenty-fifth", { value: 125, kind: "ordinal" }],
    ["one quarter", { value: 0.25, kind: "fraction" }],
    ["three fifths", { value: 0.6, kind: "fraction" }],
    ["a fourth", { value: 0.25, kind: "fraction" }],
    ["one twenty-fifth", { value: 0.04, kind: "fraction" }],
    ["one and a half", { value: 1.5, kind: "cardinal" }],
    ["half a million", { value: 5e5 }],
    ["a dozen", { value: 12, relation: "approx" }],
    ["five point five", { value: 5.5 }],
  ],
};

export const NUMERALS: readonly Form<"numeral">[] = [DIGITS, DIGIT_ORDINAL, VULGAR, SPELLED];
