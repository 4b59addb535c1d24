/**
 * The engine that runs the forms (`forms.ts`) over the lexer's pieces. A form's pattern is a
 * sequence of slots: a piece with a role, a piece of given text, a number in digits, or a whole
 * sub-form (a numeral, a measure). At each place every form of a category is tried and the longest
 * match wins, first in the table on a tie, as in Duckling's rules. Results are remembered by place
 * and category, so reading stays linear in the text.
 */
import type { Piece, Role, RoleName } from "./lexicon.ts";
import type { Figure, Measure, Numeral } from "./numeral.ts";

export interface Values {
  numeral: Numeral;
  measure: Measure;
  span: Measure;
  expression: Figure;
}

export type Category = keyof Values;

export type Slot =
  | {
      kind: "role";
      role: RoleName;
      as: string;
      optional?: boolean;
      attached?: boolean;
      test?: (role: Role, piece: Piece) => boolean;
    }
  | { kind: "text"; texts: readonly string[]; as: string; optional?: boolean; attached?: boolean }
  | {
      kind: "digits";
      as: string;
      optional?: boolean;
      attached?: boolean;
      test?: (piece: Piece) => boolean;
    }
  | { kind: "form"; category: Category; as: string; optional?: boolean; attached?: boolean }
  | {
      kind: "scan";
      as: string;
      scan: (ps: readonly Piece[], i: number) => { end: number; value: unknown } | null;
      optional?: boolean;
      attached?: boolean;
    };

/** What a slot matched. */
export interface Capture {
  start: number;
  end: number;
  piece: Piece;
  role?: Role;
  value?: unknown;
}

/** A pattern's matches, by slot name, and where the match stands in the pieces. */
export class Match {
  readonly ps: readonly Piece[];
  readonly start: number;
  readonly end: number;
  private readonly caps: ReadonlyMap<string, Capture>;

  constructor(
    ps: readonly Piece[],
    start: number,
    end: number,
    caps: ReadonlyMap<string, Capture>,
  ) {
    this.ps = ps;
    this.start = start;
    this.end = end;
    this.caps = caps;
  }

  has(name: string): boolean {
    return this.caps.has(name);
  }

  piece(name: string): Piece | undefined {
    return this.caps.get(name)?.piece;
  }

  role<N extends RoleName>(name: string, _role: N): Extract<Role, { role: N }> | undefined {
    return this.caps.get(name)?.role as Extract<Role, { role: N }> | undefined;
  }

  value<T>(name: string): T | undefined {
    return this.caps.get(name)?.value as T | undefined;
  }

  /** The piece before the match, or after it. */
  before(k = 1): Piece | undefined {
    return this.ps[this.start - k];
  }

  after(): Piece | undefined {
    return this.ps[this.end];
  }
}

export interface Form<C extends Category = Category> {
  name: string;
  category: C;
  /** The pattern in words, for the docs. */
  reads: string;
  pattern: readonly Slot[];
  /** The value the match stands for, or null when the words match but say no such thing. */
  build(m: Match): Values[C] | null;
  /** Texts this form reads, each with fields of what it should give; run as tests. */
  examples: readonly (readonly [string, Record<string, unknown>])[];
}

export interface Hit<T> {
  end: number;
  value: T;
}

/** One reading of a text's pieces by the forms; `parse` remembers what it found at each place. */
export class Grammar {
  readonly ps: readonly Piece[];
  private readonly forms: ReadonlyMap<Category, readonly Form[]>;
  private readonly memo = new Map<string, Hit<unknown> | null>();

  constructor(ps: readonly Piece[], forms: ReadonlyMap<Category, readonly Form[]>) {
    this.ps = ps;
    this.forms = forms;
  }

  /** The longest reading of category `category` at piece `i`, or null. */
  parse<C extends Category>(category: C, i: number): Hit<Values[C]> | null {
    if (i >= this.ps.length) return null;
    const key = `${category}${i}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known as Hit<Values[C]> | null;
    let best: Hit<Values[C]> | null = null;
    for (const form of this.forms.get(category) ?? []) {
      const m = this.match(form.pattern, i);
      if (!m || (best && m.end <= best.end)) continue;
      const value = form.build(m) as Values[C] | null;
      if (value !== null) best = { end: m.end, value };
    }
    this.memo.set(key, best);
    return best;
  }

  /** Matches a pattern at `i`, each optional slot taken when it matches (no backtracking). */
  private match(pattern: readonly Slot[], i: number): Match | null {
    const caps = new Map<string, Capture>();
    let k = i;
    for (const slot of pattern) {
      const cap = this.slot(slot, k);
      if (cap) {
        caps.set(slot.as, cap);
        k = cap.end;
      } else if (!slot.optional) return null;
    }
    return k > i ? new Match(this.ps, i, k, caps) : null;
  }

  private slot(slot: Slot, k: number): Capture | null {
    const piece = this.ps[k];
    if (!piece) return null;
    if (slot.kind !== "scan" && slot.attached && piece.spaced) return null;
    switch (slot.kind) {
      case "role": {
        const role = piece.roles.find(
          (r) => r.role === slot.role && (!slot.test || slot.test(r, piece)),
        );
        return role ? { start: k, end: k + 1, piece, role } : null;
      }
      case "text":
        return slot.texts.includes(piece.lower) ? { start: k, end: k + 1, piece } : null;
      case "digits":
        return piece.digits && (!slot.test || slot.test(piece))
          ? { start: k, end: k + 1, piece }
          : null;
      case "form": {
        const hit = this.parse(slot.category, k);
        return hit ? { start: k, end: hit.end, piece, value: hit.value } : null;
      }
      case "scan": {
        const hit = slot.scan(this.ps, k);
        return hit ? { start: k, end: hit.end, piece, value: hit.value } : null;
      }
    }
  }
}

/** Slot builders, so that patterns read as a sequence: `[opt(sign), role("currency", "c"), form("numeral", "n")]`. */
export const role = (
  name: RoleName,
  as: string = name,
  test?: (role: Role, piece: Piece) => boolean,
): Slot => (test ? { kind: "role", role: name, as, test } : { kind: "role", role: name, as });
export const text = (as: string, ...texts: string[]): Slot => ({ kind: "text", texts, as });
export const digits = (as: string, test?: (piece: Piece) => boolean): Slot =>
  test ? { kind: "digits", as, test } : { kind: "digits", as };
export const form = (category: Category, as: string): Slot => ({ kind: "form", category, as });
export const scan = (
  as: string,
  fn: (ps: readonly Piece[], i: number) => { end: number; value: unknown } | null,
): Slot => ({ kind: "scan", as, scan: fn });
export const opt = (slot: Slot): Slot => ({ ...slot, optional: true });
export const attached = (slot: Slot): Slot => ({ ...slot, attached: true });
