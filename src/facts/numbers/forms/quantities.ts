/** Measures: percentages, units, lengths of time, ratios; plain numbers; what is refused. */
import { attached, digits, form, opt, role, text, type Form } from "../grammar.ts";
import { measure, type Numeral } from "../numeral.ts";
import { isYear } from "../calendar.ts";
import { counts, fromNumeral, hyphen, sign } from "./shared.ts";

const PERCENT: Form<"measure"> = {
  name: "percent",
  category: "measure",
  reads: "[minus] numeral [-] (% | per cent | percent | per-cent | pc | pct | percentage points)",
  pattern: [sign, form("numeral", "n"), hyphen, role("percent")],
  build(m) {
    const n = m.value<Numeral>("n");
    if (!counts(n)) return null;
    return fromNumeral(m, n, this.name, "percent", {
      unit: m.role("percent", "percent")!.unit,
      lone: false,
    });
  },
  examples: [
    ["41%", { value: 41, kind: "percent", unit: "%" }],
    ["41 per cent", { value: 41, unit: "%" }],
    ["41 pc", { value: 41, unit: "%" }],
    ["minus five percent", { value: -5, unit: "%" }],
    ["3 percentage points", { value: 3, unit: "pp" }],
  ],
};

const UNIT: Form<"measure"> = {
  name: "unit",
  category: "measure",
  reads: "[minus] numeral [-] unit (km, sq km, years, days…)",
  pattern: [sign, form("numeral", "n"), hyphen, role("measure")],
  build(m) {
    const n = m.value<Numeral>("n");
    if (!counts(n)) return null;
    return fromNumeral(m, n, this.name, "cardinal", {
      unit: m.role("measure", "measure")!.unit,
      lone: false,
    });
  },
  examples: [
    ["3 sq km", { value: 3, kind: "cardinal", unit: "km²" }],
    ["eight years ago", { value: 8, unit: "years" }],
    ["a 20-year history", { value: 20, unit: "years" }],
    ["2000 km", { value: 2000, kind: "cardinal", unit: "km" }],
  ],
};

const PERIOD: Form<"measure"> = {
  name: "period",
  category: "measure",
  reads: "(a | numeral) (decade | decades | century | centuries): about so many years",
  pattern: [form("numeral", "n"), role("period")],
  build(m) {
    const n = m.value<Numeral>("n")!;
    const p = m.role("period", "period")!;
    const plural = m.piece("period")!.lower.endsWith("s");
    if (n.kind !== "cardinal" || (n.value === 1) === plural) return null;
    return fromNumeral(m, n, this.name, "cardinal", {
      value: n.value * p.value,
      unit: p.unit,
      approx: true,
      lone: false,
      scale: 1,
    });
  },
  examples: [
    ["a decade ago", { value: 10, unit: "years", relation: "approx" }],
    ["two decades", { value: 20, unit: "years" }],
  ],
};

const RATIO: Form<"measure"> = {
  name: "ratio",
  category: "measure",
  reads: "numeral (in | out of) numeral: a share",
  pattern: [
    form("numeral", "a"),
    role("link", "link", (r) => r.role === "link" && (r.link === "in" || r.link === "out of")),
    form("numeral", "b"),
  ],
  build(m) {
    const a = m.value<Numeral>("a")!;
    const b = m.value<Numeral>("b")!;
    const whole = (n: Numeral) => n.kind === "cardinal" && Number.isInteger(n.value) && !n.article;
    if (!whole(a) || !whole(b) || a.value < 1 || b.value <= a.value || isYear(b.value)) return null;
    if (a.problem || b.problem) return null;
    return measure(this.name, "fraction", a.value / b.value);
  },
  examples: [
    ["one in four", { value: 0.25, kind: "fraction" }],
    ["eight in ten", { value: 0.8, kind: "fraction" }],
  ],
};

const SLASH: Form<"measure"> = {
  name: "slash",
  category: "measure",
  reads: "digits/digits: a fraction, a date or a fiscal year? refused",
  pattern: [digits("a"), attached(text("slash", "/")), attached(digits("b"))],
  build(m) {
    const written = `${m.piece("a")!.text}/${m.piece("b")!.text}`;
    return measure(this.name, "cardinal", NaN, {
      unsure:
        `\`${written}\` may be a fraction, a date or a span of years; write it out ` +
        `(\`three quarters\`, \`16 July\`, \`2016-17\`)`,
    });
  },
  examples: [["3/4", { unsure: true }]],
};

const VAGUE: Form<"measure"> = {
  name: "vague quantity",
  category: "measure",
  reads: "(hundreds | thousands | dozens…) of, the millions…, a score: refused",
  pattern: [
    opt(role("article")),
    role("vague"),
    opt(role("link", "of", (r) => r.role === "link" && r.link === "of")),
  ],
  build(m) {
    const word = m.piece("vague")!.lower;
    // "a population in the millions" is as vague as "millions of people".
    const afterThe = m.ps[m.start - 1]?.lower === "the";
    if (word === "score" ? !m.has("article") : !m.has("of") && !afterThe) return null;
    const written = m.ps
      .slice(m.start, m.end)
      .map((p) => p.text)
      .join(" ");
    return measure(this.name, "cardinal", NaN, {
      unsure:
        word === "score"
          ? `\`${written}\` may be twenty or a result; write the number`
          : `\`${written}\` is a quantity with no figure the check can compare; cite the source's ` +
            "figure, or say it in words that hold no number",
    });
  },
  examples: [
    ["hundreds of firms", { unsure: true }],
    ["a score of years", { unsure: true }],
    ["a population in the millions", { unsure: true }],
    ["the millions", { unsure: true }],
  ],
};

/** Words before a scale word that leave it no figure ("the million-dollar question"). */
const FUNCTION_WORDS = new Set([
  "the",
  "a",
  "an",
  "of",
  "in",
  "to",
  "for",
  "by",
  "and",
  "or",
  "per",
  "than",
]);

const STRAY_SCALE: Form<"measure"> = {
  name: "scale alone",
  category: "measure",
  reads: "a word the reader does not know, then a scale word (VII million, sevn million): refused",
  pattern: [role("scale", "scale", (r, p) => r.role === "scale" && !r.short && p.text.length > 3)],
  build(m) {
    const before = m.before();
    if (
      !before ||
      before.type !== "word" ||
      before.roles.length > 0 ||
      FUNCTION_WORDS.has(before.lower)
    )
      return null;
    const written = `${before.text} ${m.piece("scale")!.text}`;
    return measure(this.name, "cardinal", NaN, {
      unsure: `\`${written}\` holds a number the reader cannot read before \`${m.piece("scale")!.text}\``,
    });
  },
  examples: [["VII million", { unsure: true }]],
};

const PLAIN: Form<"measure"> = {
  name: "plain",
  category: "measure",
  reads: "[minus] numeral: a count, an ordinal, a fraction; four digits may be a year",
  pattern: [sign, form("numeral", "n")],
  build(m) {
    const n = m.value<Numeral>("n")!;
    const yearLike =
      !m.has("sign") &&
      n.digits?.fourDigits === true &&
      n.scale === 1 &&
      isYear(n.value) &&
      !n.approx;
    return fromNumeral(m, n, this.name, n.kind, { yearLike });
  },
  examples: [
    ["nearly 1000", { value: 1000, kind: "cardinal", qualifier: "nearly" }],
    ["−41", { value: -41 }],
    ["the third largest", { value: 3, kind: "ordinal" }],
    ["nearly half", { value: 0.5, kind: "fraction" }],
    ["in 2012", { value: 2012, kind: "year" }],
    ["2008 students", { value: 2008, kind: "cardinal" }],
  ],
};

export const QUANTITIES: readonly Form<"measure">[] = [
  PERCENT,
  UNIT,
  PERIOD,
  RATIO,
  SLASH,
  VAGUE,
  STRAY_SCALE,
  PLAIN,
];
