/** The words the number reader knows, in one place so that docs and tests can list them. */

/** A look-up table with no prototype: `"constructor" in table` is false. */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

export const UNITS: Readonly<Record<string, number>> = table({
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

export const TENS: Readonly<Record<string, number>> = table({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/** Scale words after a number ("135 billion", "six million", "US$21.7bn"). */
export const SCALES: Readonly<Record<string, number>> = table({
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  bn: 1e9,
  b: 1e9,
  tn: 1e12,
});

/** Abbreviated scales are read only when written straight after the digits ("21.7bn", not "21.7 m"). */
export const ATTACHED_ONLY_SCALES = new Set(["k", "m", "b"]);

/** Fractions written as words; "quarter" and "third" need a count before them ("one quarter"). */
export const FRACTIONS: Readonly<Record<string, number>> = table({
  half: 1 / 2,
  halves: 1 / 2,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
});

/** Currency written before the figure ("US$21.7 billion", "RMB 135bn"), as canonical codes. */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = table({
  us$: "USD",
  usd: "USD",
  hk$: "HKD",
  hkd: "HKD",
  rmb: "CNY",
  cny: "CNY",
  "¥": "CNY",
  "€": "EUR",
  eur: "EUR",
  "£": "GBP",
  gbp: "GBP",
  $: "$",
});

/** Currency written after the figure ("135 billion renminbi"). */
export const CURRENCY_SUFFIXES: Readonly<Record<string, string>> = table({
  renminbi: "CNY",
  yuan: "CNY",
  rmb: "CNY",
  cny: "CNY",
  usd: "USD",
  "us dollars": "USD",
  "hong kong dollars": "HKD",
  hkd: "HKD",
  euros: "EUR",
  euro: "EUR",
  eur: "EUR",
  pounds: "GBP",
  gbp: "GBP",
  dollars: "$",
});

/** Units after a figure, as canonical names. Percent is its own kind. */
export const UNIT_SUFFIXES: Readonly<Record<string, string>> = table({
  "sq km": "km²",
  "sq. km": "km²",
  "square kilometres": "km²",
  "square kilometers": "km²",
  km2: "km²",
  "km²": "km²",
  km: "km",
  kilometres: "km",
  kilometers: "km",
  years: "years",
  year: "years",
  months: "months",
  month: "months",
  weeks: "weeks",
  week: "weeks",
  days: "days",
  day: "days",
});

export const PERCENT_SUFFIXES = ["per cent", "percent", "%"];

/** Verbs that state a multiple ("Neusoft's business doubled"). */
export const MULTIPLE_VERBS: Readonly<Record<string, number>> = table({
  doubled: 2,
  doubling: 2,
  tripled: 3,
  trebled: 3,
  tripling: 3,
  quadrupled: 4,
  halved: 0.5,
  halving: 0.5,
});

export const MONTHS: Readonly<Record<string, number>> = table({
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
});

/**
 * Spelled ordinals are not read as figures ("first" is mostly an adverb), but
 * from "second" on, a callout that holds one is refused rather than passed
 * unchecked: write "14th".
 */
export const SPELLED_ORDINALS = new Set([
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
  "thirtieth",
  "fortieth",
  "fiftieth",
  "hundredth",
  "thousandth",
]);
