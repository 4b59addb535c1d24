/**
 * Ranges: one rule for every kind, which carries the unit, currency and scale of one end to the
 * other ("10-20 per cent", "US$1-2 billion", "16-18 July 2017", "January to October 2012") and
 * keeps the kind of its ends.
 */
import { form, opt, role, text, type Form } from "../grammar.ts";
import { has, roleOf } from "../lexicon.ts";
import type { Measure } from "../numeral.ts";
import { isoDate, yearRangeEnd } from "../calendar.ts";
import { dateRange } from "./dates.ts";

/** The range from `lo` to `hi`, or null when the two ends make no range. */
export function range(lo: Measure, hi: Measure, dash: boolean): Measure | null {
  if (lo.unsure !== null || hi.unsure !== null || hi.partial) return null;
  if (hi.kind === "date" || lo.kind === "date") return dateRange(lo, hi);
  if (lo.yearLike) return yearRange(lo, hi, dash);
  const [a, b] = carried(lo, hi);
  if (a.kind !== b.kind || a.unit !== b.unit || !(a.value < b.value)) return null;
  if (a.kind === "time" || a.to !== null || b.to !== null) return null;
  return {
    ...a,
    to: b.value,
    scale: Math.max(a.scale, b.scale),
    approx: a.approx || b.approx,
    yearLike: false,
    lone: false,
    written: null,
    form: "range",
  };
}

/** Each end takes the kind, unit and scale the other has and it lacks. */
function carried(lo: Measure, hi: Measure): [Measure, Measure] {
  let a = lo;
  let b = hi;
  const bare = (m: Measure) => m.kind === "cardinal" && m.unit === null;
  if (bare(a) && !bare(b)) a = { ...a, kind: b.kind, unit: b.unit };
  else if (bare(b) && !bare(a)) b = { ...b, kind: a.kind, unit: a.unit };
  // "1-2 billion": the low end is in billions too, unless that would put it above the high end.
  if (a.scale === 1 && b.scale > 1 && a.value * b.scale <= b.value)
    a = { ...a, value: a.value * b.scale, scale: b.scale };
  return [a, b];
}

/** "2013-16", "2013 to 2016"; "2011-12" may be December 2011 and is refused. */
function yearRange(lo: Measure, hi: Measure, dash: boolean): Measure | null {
  if (hi.yearLike)
    return hi.value > lo.value
      ? { ...lo, kind: "year", to: hi.value, yearLike: false, form: "range" }
      : null;
  if (hi.kind !== "cardinal" || hi.unit !== null || hi.written === null) return null;
  const end = yearRangeEnd(lo.value, hi.written);
  const month = dash && /^\d{2}$/.test(hi.written) ? Number(hi.written) : 0;
  const isMonth = month >= 1 && month <= 12;
  if (end !== null && isMonth) {
    const y = lo.value;
    return {
      ...lo,
      yearLike: false,
      unsure:
        `\`${y}-${hi.written}\` may be the years ${y} to ${end} or ${y}-${hi.written} the month; ` +
        `write \`${y}-${end}\` or the month's name`,
    };
  }
  if (isMonth)
    return {
      ...lo,
      kind: "date",
      date: isoDate(lo.value, month, null),
      yearLike: false,
      form: "date iso",
    };
  if (end === null) return null;
  return { ...lo, kind: "year", to: end, yearLike: false, form: "range" };
}

const TO = ["to", "through"];
const toLink = role("link", "link", (r) => r.role === "link" && TO.includes(r.link));

const RANGE: Form<"span"> = {
  name: "range",
  category: "span",
  reads: 'measure (- | to | through | until) measure; after "from" and a verb of change, no range',
  pattern: [
    form("measure", "lo"),
    { ...toLink, optional: true },
    { ...text("dash", "-"), optional: true },
    form("measure", "hi"),
  ],
  build(m) {
    // "rose from 20 to 30" is a change, not a range; "from 20 to 30" alone is the range "20 to 30".
    if (roleOf(m.before(), "link")?.link === "from" && has(m.before(2), "change")) return null;
    if (m.has("link") === m.has("dash")) return null;
    const d = m.piece("dash");
    return range(m.value<Measure>("lo")!, m.value<Measure>("hi")!, d !== undefined && !d.spaced);
  },
  examples: [
    ["2013-16", { kind: "year", value: 2013, to: 2016 }],
    ["2013–2016", { kind: "year", value: 2013, to: 2016 }],
    ["10-20 per cent", { kind: "percent", value: 10, to: 20, unit: "%" }],
    ["US$1-2 billion", { kind: "money", value: 1e9, to: 2e9, unit: "USD" }],
    ["20 through 100", { kind: "cardinal", value: 20, to: 100 }],
    ["16-18 July 2017", { kind: "date", date: "2017-07-16", dateTo: "2017-07-18" }],
    ["from one thousand to one thousand and five hundred", { value: 1000, to: 1500 }],
    ["rose from 20 to 30", { value: 20, to: null }],
    ["2011-12", { unsure: true }],
  ],
};

const BETWEEN: Form<"span"> = {
  name: "range between",
  category: "span",
  reads: "between measure and measure",
  pattern: [
    role("link", "between", (r) => r.role === "link" && r.link === "between"),
    opt(text("the", "the")),
    form("measure", "lo"),
    role("link", "and", (r) => r.role === "link" && r.link === "and"),
    opt(text("the2", "the")),
    form("measure", "hi"),
  ],
  build(m) {
    return range(m.value<Measure>("lo")!, m.value<Measure>("hi")!, false);
  },
  examples: [
    ["between 20 and 30", { value: 20, to: 30 }],
    ["between January and October 2012", { kind: "date", date: "2012-01", dateTo: "2012-10" }],
    ["between negative ten and fifteen", { value: -10, to: 15 }],
    ["between the tenth and the fifteenth", { kind: "ordinal", value: 10, to: 15 }],
  ],
};

const MEASURE: Form<"span"> = {
  name: "measure",
  category: "span",
  reads: "a measure alone",
  pattern: [form("measure", "m")],
  build: (m) => m.value<Measure>("m")!,
  examples: [["41%", { kind: "percent", to: null }]],
};

export const RANGES: readonly Form<"span">[] = [RANGE, BETWEEN, MEASURE];
