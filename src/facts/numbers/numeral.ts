/** What the forms build: a numeral (a bare number), a measure (a number with what it counts). */
import type { Digits } from "./digits.ts";
import type { NumberKind } from "./result.ts";
import type { Relation } from "./qualifiers.ts";

/** A number in digits or words, before any unit: "1,000", "21.7bn", "six million", "three fifths". */
export interface Numeral {
  value: number;
  /** Index of the piece after it. */
  end: number;
  kind: "cardinal" | "ordinal" | "fraction";
  /** The product of its scale words (1e6 for "six million"): rounding is judged in these units. */
  scale: number;
  /** Set when written in digits. */
  digits: Digits | null;
  /** "one" or "a" alone: a determiner, unless a unit, currency or denominator follows. */
  lone: boolean;
  /** "a" or "an" alone. */
  article: boolean;
  /** A round quantity: "a dozen", "half a dozen". */
  approx: boolean;
  /** Why the reader will not read it, or undefined. */
  problem?: string;
}

/** A number with what it counts: money, a percent, a date, a count of years… */
export interface Measure {
  kind: NumberKind;
  value: number;
  to: number | null;
  unit: string | null;
  scale: number;
  date: string | null;
  dateTo: string | null;
  /** A round quantity with no qualifier written ("a decade"). */
  approx: boolean;
  /** Four plain digits and nothing that makes them a count: a year or a count, by context. */
  yearLike: boolean;
  /** A month alone: only an end of a range of dates ("January to October 2012"). */
  partial: boolean;
  /** "one" or "a" alone: no figure. */
  lone: boolean;
  /** The digits as written, when it is a plain number in digits ("16" in "2013-16"). */
  written: string | null;
  /** Why the reader will not read it, or null. */
  unsure: string | null;
  form: string;
}

/** A measure with every field at its plain default. */
export function measure(
  form: string,
  kind: NumberKind,
  value: number,
  fields: Partial<Measure> = {},
): Measure {
  return {
    kind,
    value,
    to: null,
    unit: null,
    scale: 1,
    date: null,
    dateTo: null,
    approx: false,
    yearLike: false,
    partial: false,
    lone: false,
    written: null,
    unsure: null,
    form,
    ...fields,
  };
}

/** A figure: a measure with its qualifier, as the reader reports it. */
export interface Figure extends Measure {
  qualifier: string | null;
  relation: Relation;
}
