/**
 * Every word and sign the number reader knows, by what it does. The lexer (`lexicon.ts`) compiles
 * these sections into its one table; docs and tests list them from here.
 */
import type { Relation } from "./qualifiers.ts";

/** A look-up table with no prototype: `"constructor" in table` is false. */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

export const UNITS = table({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});

export const TENS = table({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/** Scale words after a number ("135 billion", "six million", "US$21.7bn"); `hundred` is its own role. */
export const SCALES = table({
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  tn: 1e12,
});

/** Abbreviated scales read only straight after the digits ("21.7bn", not "21.7 m"). */
export const SHORT_SCALES = new Set(["k", "m", "b"]);

/**
 * Spelled ordinals. Each is also a denominator in its plural ("three fifths") and, after "one" or
 * "a", in its singular ("one fifth"), but for `second` (seconds are time). `first` is read only
 * inside a longer ordinal ("twenty-first"): alone it is mostly an adverb.
 */
export const ORDINALS = table({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
  thousandth: 1e3,
  millionth: 1e6,
  billionth: 1e9,
  trillionth: 1e12,
});

/** Words that are fractions only: "half", "a quarter". */
export const DENOMINATORS = table({ half: 2, halves: 2, quarter: 4, quarters: 4 });

/** Nouns that count a round number: "a dozen", "three dozen". Read as approximate. */
export const GROUPS = table({ dozen: 12, dozens: 12 });

/** Lengths of time as round numbers: "a decade" is about ten years. */
export const PERIODS = table({ decade: 10, decades: 10, century: 100, centuries: 100 });

/**
 * Vague quantities before "of" ("hundreds of"), and "score" (twenty, or a result?): no figure the
 * check can compare.
 */
export const VAGUE = new Set([
  "score",
  "dozens",
  "scores",
  "tens",
  "hundreds",
  "thousands",
  "millions",
  "billions",
  "trillions",
]);

/** Words that state a multiple; `-fold` words ("fivefold") are made from the number words. */
export const MULTIPLES = table({
  twice: 2,
  thrice: 3,
  doubled: 2,
  doubling: 2,
  doubles: 2,
  tripled: 3,
  tripling: 3,
  trebled: 3,
  quadrupled: 4,
  quadrupling: 4,
  halved: 0.5,
  halving: 0.5,
});

/** A currency and where it is written: before the figure, after it, or either. */
export interface Currency {
  code: string | null;
  at: "before" | "after" | "either";
  /** Set when the sign names no one currency: the reader refuses it with this reason. */
  why?: string;
}

const YEN_OR_YUAN =
  "`¥` is both the yen and the renminbi; name the currency (`JPY`, `yen`, `RMB`, `yuan`)";

export const CURRENCIES = table<Currency>({
  us$: { code: "USD", at: "before" },
  hk$: { code: "HKD", at: "before" },
  c$: { code: "CAD", at: "before" },
  a$: { code: "AUD", at: "before" },
  s$: { code: "SGD", at: "before" },
  nt$: { code: "TWD", at: "before" },
  nz$: { code: "NZD", at: "before" },
  r$: { code: "BRL", at: "before" },
  $: { code: "$", at: "either" },
  "€": { code: "EUR", at: "either" },
  "£": { code: "GBP", at: "either" },
  "¥": { code: null, at: "either", why: YEN_OR_YUAN },
  "₩": { code: "KRW", at: "either" },
  "₹": { code: "INR", at: "either" },
  "₽": { code: "RUB", at: "either" },
  "₺": { code: "TRY", at: "either" },
  "₴": { code: "UAH", at: "either" },
  "₦": { code: "NGN", at: "either" },
  "₱": { code: "PHP", at: "either" },
  "₫": { code: "VND", at: "either" },
  "₪": { code: "ILS", at: "either" },
  "₸": { code: "KZT", at: "either" },
  "₮": { code: "MNT", at: "either" },
  "₲": { code: "PYG", at: "either" },
  "₵": { code: "GHS", at: "either" },
  "₼": { code: "AZN", at: "either" },
  "₡": { code: "CRC", at: "either" },
  "₾": { code: "GEL", at: "either" },
  "₭": { code: "LAK", at: "either" },
  "₿": { code: "BTC", at: "either" },
  "¢": { code: "¢", at: "after" },
  usd: { code: "USD", at: "either" },
  hkd: { code: "HKD", at: "either" },
  rmb: { code: "CNY", at: "either" },
  cny: { code: "CNY", at: "either" },
  eur: { code: "EUR", at: "either" },
  gbp: { code: "GBP", at: "either" },
  jpy: { code: "JPY", at: "either" },
  chf: { code: "CHF", at: "either" },
  aud: { code: "AUD", at: "either" },
  cad: { code: "CAD", at: "either" },
  sgd: { code: "SGD", at: "either" },
  krw: { code: "KRW", at: "either" },
  inr: { code: "INR", at: "either" },
  twd: { code: "TWD", at: "either" },
  btc: { code: "BTC", at: "after" },
  renminbi: { code: "CNY", at: "after" },
  yuan: { code: "CNY", at: "after" },
  "chinese yuan": { code: "CNY", at: "after" },
  yen: { code: "JPY", at: "after" },
  "japanese yen": { code: "JPY", at: "after" },
  dollar: { code: "$", at: "after" },
  dollars: { code: "$", at: "after" },
  "us dollar": { code: "USD", at: "after" },
  "us dollars": { code: "USD", at: "after" },
  "u.s. dollars": { code: "USD", at: "after" },
  "hong kong dollars": { code: "HKD", at: "after" },
  "australian dollars": { code: "AUD", at: "after" },
  "canadian dollars": { code: "CAD", at: "after" },
  "singapore dollars": { code: "SGD", at: "after" },
  "new taiwan dollars": { code: "TWD", at: "after" },
  euro: { code: "EUR", at: "after" },
  euros: { code: "EUR", at: "after" },
  pound: { code: "GBP", at: "after" },
  pounds: { code: "GBP", at: "after" },
  sterling: { code: "GBP", at: "after" },
  "pounds sterling": { code: "GBP", at: "after" },
  cent: { code: "¢", at: "after" },
  cents: { code: "¢", at: "after" },
  penny: { code: "GBX", at: "after" },
  pence: { code: "GBX", at: "after" },
  franc: { code: "franc", at: "after" },
  francs: { code: "franc", at: "after" },
  "swiss francs": { code: "CHF", at: "after" },
  "korean won": { code: "KRW", at: "after" },
  "south korean won": { code: "KRW", at: "after" },
  rupees: { code: "rupee", at: "after" },
  "indian rupees": { code: "INR", at: "after" },
  roubles: { code: "RUB", at: "after" },
  rubles: { code: "RUB", at: "after" },
  "turkish lira": { code: "TRY", at: "after" },
  pesetas: { code: "ESP", at: "after" },
  "finnish markka": { code: "FIM", at: "after" },
  "dutch guilders": { code: "NLG", at: "after" },
  bitcoin: { code: "BTC", at: "after" },
  bitcoins: { code: "BTC", at: "after" },
});

/** Currencies written straight after the digits only, in lower case ("50p", "20c"). */
export const ATTACHED_CURRENCIES = table<Currency>({
  p: { code: "GBX", at: "after" },
  c: { code: "¢", at: "after" },
});

/** Percent signs and words; percentage points are not percent. */
export const PERCENTS = table({
  "%": "%",
  "per cent": "%",
  percent: "%",
  "per-cent": "%",
  pct: "%",
  "percentage points": "pp",
  "percentage point": "pp",
});

/** `pc` is a percent in lower case only ("41 pc", not "41 PC"). */
export const LOWER_CASE_PERCENTS = table({ pc: "%" });

/** Units after a figure, as canonical names. */
export const MEASURES = table({
  "sq km": "km²",
  "sq. km": "km²",
  "square kilometres": "km²",
  "square kilometers": "km²",
  km2: "km²",
  km: "km",
  kilometres: "km",
  kilometers: "km",
  "sq m": "m²",
  "square metres": "m²",
  "square meters": "m²",
  hectares: "ha",
  tonnes: "t",
  years: "years",
  year: "years",
  months: "months",
  month: "months",
  weeks: "weeks",
  week: "weeks",
  days: "days",
  day: "days",
  hours: "hours",
  hour: "hours",
});

/** Month names and their abbreviations, read with a capital letter only ("May 2016", not "may"). */
export const MONTHS = table({
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
});

/** Hedges written before the figure, with what they mean. */
export const PRE_QUALIFIERS = table<Relation>({
  about: "approx",
  around: "approx",
  some: "approx",
  approximately: "approx",
  roughly: "approx",
  circa: "approx",
  "an estimated": "approx",
  "close to": "approx",
  "more or less": "approx",
  estimated: "approx",
  perhaps: "approx",
  maybe: "approx",
  possibly: "approx",
  "~": "approx",
  "≈": "approx",
  approx: "approx",
  "approx.": "approx",
  "c.": "approx",
  "ca.": "approx",
  "in the region of": "approx",
  exactly: "exact",
  precisely: "exact",
  "equal to": "exact",
  "<": "below",
  ">": "above",
  "≤": "at-most",
  "≥": "at-least",
  "<=": "at-most",
  ">=": "at-least",
  "< =": "at-most",
  "> =": "at-least",
  early: "early",
  mid: "mid",
  "mid-": "mid",
  late: "late",
  nearly: "near-below",
  almost: "near-below",
  "just under": "near-below",
  "just below": "near-below",
  "just short of": "near-below",
  "just shy of": "near-below",
  "the better part of": "near-below",
  "a little under": "near-below",
  "a little below": "near-below",
  "a little less than": "near-below",
  "slightly under": "near-below",
  "slightly below": "near-below",
  "slightly less than": "near-below",
  "a bit under": "near-below",
  "a bit less than": "near-below",
  "shy of": "below",
  "short of": "below",
  under: "below",
  below: "below",
  "well under": "below",
  "well below": "below",
  "less than": "below",
  "fewer than": "below",
  "lower than": "below",
  "smaller than": "below",
  "south of": "below",
  "up to": "at-most",
  "at most": "at-most",
  "as many as": "at-most",
  "as much as": "at-most",
  "no more than": "at-most",
  "not more than": "at-most",
  "not over": "at-most",
  "not above": "at-most",
  "less than or equal to": "at-most",
  "just over": "near-above",
  "a little over": "near-above",
  "a little above": "near-above",
  "a little more than": "near-above",
  "slightly over": "near-above",
  "slightly above": "near-above",
  "slightly more than": "near-above",
  "a bit over": "near-above",
  "a bit more than": "near-above",
  "just above": "near-above",
  over: "above",
  above: "above",
  "more than": "above",
  "greater than": "above",
  "larger than": "above",
  "higher than": "above",
  "in excess of": "above",
  exceeding: "above",
  "upwards of": "above",
  "upward of": "above",
  "north of": "above",
  "way over": "far-above",
  "well over": "far-above",
  "well above": "far-above",
  "far more than": "far-above",
  "at least": "at-least",
  "no less than": "at-least",
  "no fewer than": "at-least",
  "not less than": "at-least",
  "not fewer than": "at-least",
  "not under": "at-least",
  "not below": "at-least",
  "more than or equal to": "at-least",
});

/** Hedges written after the figure ("1,000 or so", "70,000+", "70,000-plus"). */
export const POST_QUALIFIERS = table<Relation>({
  "or so": "approx",
  "or thereabouts": "approx",
  "give or take": "approx",
  // "650-odd" is 650 and some more, never fewer.
  "-odd": "above",
  odd: "above",
  "+": "above",
  plus: "above",
  "-plus": "above",
  "and then some": "above",
  "or higher": "at-least",
  "or greater": "at-least",
  "and upward": "at-least",
  "and upwards": "at-least",
  "or more": "at-least",
  "and more": "at-least",
  "or over": "at-least",
  "and over": "at-least",
  "or above": "at-least",
  "and above": "at-least",
  "or fewer": "at-most",
  "or less": "at-most",
  "or lower": "at-most",
  "or below": "at-most",
  "and below": "at-most",
  "and under": "at-most",
  "or under": "at-most",
});

/**
 * Verbs of change: "rose from 20 to 30" is a change, not the range 20 to 30, so after one of
 * these "from X to Y" is read as two numbers.
 */
export const CHANGES = new Set([
  "rose",
  "risen",
  "rise",
  "rises",
  "grew",
  "grown",
  "grow",
  "grows",
  "increased",
  "increase",
  "increases",
  "fell",
  "fallen",
  "fall",
  "falls",
  "dropped",
  "drop",
  "declined",
  "decline",
  "climbed",
  "jumped",
  "soared",
  "surged",
  "plunged",
  "slipped",
  "slid",
  "shrank",
  "shrunk",
  "expanded",
  "went",
  "moved",
  "changed",
  "cut",
  "reduced",
  "raised",
  "up",
  "down",
]);
