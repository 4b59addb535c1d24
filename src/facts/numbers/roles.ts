/** What a piece of text does in a number: the roles the lexer gives it from the vocabulary. */
import type { Relation } from "./qualifiers.ts";
import type { Currency } from "./vocabulary.ts";
import type { Piece } from "./lexicon.ts";

export type Link = "to" | "through" | "and" | "between" | "from" | "in" | "of" | "out of";

export type Role =
  | { role: "unit"; value: number } // one … nineteen
  | { role: "tens"; value: number } // twenty … ninety
  | { role: "hundred" }
  | { role: "scale"; value: number; short: boolean } // thousand, million, bn; k, m, b
  | { role: "ordinal"; value: number; plural: boolean } // second, fifths, twentieth, hundredth
  | { role: "denominator"; value: number; plural: boolean } // half, quarters
  | { role: "article" } // a, an
  | { role: "point" } // "five point five"
  | { role: "group"; value: number } // dozen, score
  | { role: "period"; value: number; unit: string } // decade, century
  | { role: "vague" } // hundreds (of)
  | { role: "multiple"; value: number } // twice, doubled, fivefold
  | { role: "fold" } // "-fold"
  | { role: "times" } // "times", an attached "x"
  | { role: "currency"; currency: Currency }
  | { role: "percent"; unit: string }
  | { role: "measure"; unit: string }
  | { role: "month"; value: number }
  | { role: "qualifier"; relation: Relation; after: boolean }
  | { role: "sign" } // minus, negative
  | { role: "link"; link: Link }
  | { role: "meridiem"; pm: boolean }
  | { role: "ordinal-suffix" } // the "th" of "14th"
  | { role: "change" }; // rose, fell: a verb of change

export type RoleName = Role["role"];

/** One bit for each role, so that "may this piece begin that form" is one `&`. */
export const ROLE_BITS: Readonly<Record<RoleName, number>> = Object.fromEntries(
  (
    [
      "unit",
      "tens",
      "hundred",
      "scale",
      "ordinal",
      "denominator",
      "article",
      "point",
      "group",
      "period",
      "vague",
      "multiple",
      "fold",
      "times",
      "currency",
      "percent",
      "measure",
      "month",
      "qualifier",
      "sign",
      "link",
      "meridiem",
      "ordinal-suffix",
      "change",
    ] as const
  ).map((name, k) => [name, 1 << k]),
) as Record<RoleName, number>;

/** The bits of these roles (`ROLE_BITS`). */
export function maskOf(roles: readonly Role[]): number {
  let mask = 0;
  for (const r of roles) mask |= ROLE_BITS[r.role];
  return mask;
}

/** True when the piece has a role of this name. */
export function has(piece: Piece | undefined, name: RoleName): boolean {
  return piece !== undefined && piece.roles.some((r) => r.role === name);
}

/** The piece's role of this name, if it has one. */
export function roleOf<N extends RoleName>(
  piece: Piece | undefined,
  name: N,
): Extract<Role, { role: N }> | undefined {
  return piece?.roles.find((r): r is Extract<Role, { role: N }> => r.role === name);
}
