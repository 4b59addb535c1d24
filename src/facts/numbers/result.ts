/**
 * What the number reader gives: each numeric expression with its fields kept apart (value or
 * interval, kind, unit, calendar, qualifier), and the stretches it will not guess at.
 */
import type { Relation } from "./qualifiers.ts";

/**
 * What a number counts. A range keeps the kind of its ends (`10-20 per cent` is a percent with a
 * `to`); a decade (`the 2000s`) is a year with a `to`.
 */
export type NumberKind =
  "cardinal" | "ordinal" | "percent" | "year" | "fraction" | "multiple" | "money" | "date" | "time";

export interface NumberExpr {
  /** The expression as written, qualifier included. */
  text: string;
  start: number;
  end: number;
  /**
   * The value in plain units (`US$21.7 billion` is 21700000000, `41 per cent` is 41, `one
   * quarter` 0.25); for a range, its low end; for a date, its year; for a time, minutes after
   * midnight.
   */
  value: number;
  /** For a range (`2013-16`, `between 20 and 30`, `the 2000s`), its high end; otherwise null. */
  to: number | null;
  kind: NumberKind;
  /**
   * Currency (`USD`, `CNY`, `JPY`…; `$` for a dollar whose country is not named, `¢` for cents,
   * `GBX` for pence, `franc` for a franc whose country is not named), unit (`%`, `pp` for
   * percentage points, `km²`, `years`) or null.
   */
  unit: string | null;
  /** The qualifier as written, lower-cased (`nearly`, `more than`, `+`), or null. */
  qualifier: string | null;
  /**
   * What the qualifier means, as a relation to the value (`nearly` is `near-below`); `approx` for
   * a round quantity with no qualifier written (`a dozen`, `a decade`); `exact` otherwise.
   */
  relation: Relation;
  /**
   * For kind `date`: ISO `YYYY-MM-DD` or `YYYY-MM`, `--MM-DD` or `--MM` when no year is written;
   * for a range of dates, its first date. Otherwise null.
   */
  date: string | null;
  /** For a range of dates (`January to October 2012`), its last date; otherwise null. */
  dateTo: string | null;
  /**
   * What the written digits are multiplied by (1e9 for "billion"): rounding is judged in these
   * units.
   */
  scale: number;
  /** The name of the form that read it (`money before`, `range`, `date day month`…). */
  form: string;
}

/** A stretch of text that looks numeric but that the reader will not guess at. */
export interface Unsure {
  text: string;
  start: number;
  end: number;
  reason: string;
}

export interface Reading {
  numbers: NumberExpr[];
  unsure: Unsure[];
}
