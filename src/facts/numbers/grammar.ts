/**
 * The engine that runs the forms (`forms.ts`) over the lexer's pieces. A form's pattern is a
 * sequence of slots: a piece with a role, a piece of given text, a number in digits, or a whole
 * sub-form (a numeral, a measure). At each place every form of a category is tried and the longest
 * match wins, first in the table on a tie, as in Duckling's rules. Results are remembered by place
 * and category, so reading stays linear in the text, and a form is tried at a place only when the
 * piece there may begin it.
 */
import { ROLE_BITS, type Piece, type Role, type RoleName } from "./lexicon.ts";
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
      /** The roles (and texts) a match may begin with; any piece when not given. */
      starts?: { roles: readonly RoleName[]; texts?: readonly string[] };
      optional?: boolean;
      attached?: boolean;
    };

/**
 * A pattern's matches, by slot name, and where the match stands in the pieces. The engine keeps one
 * per depth of nesting and reuses it: a form's `build` reads it and keeps none of it.
 */
export class Match {
  readonly ps: readonly Piece[];
  start = 0;
  end = 0;
  private names: ReadonlyMap<string, number> = new Map();
  /** For each slot, the index of the piece it matched at, or -1. */
  readonly at: number[] = [];
  readonly roles: (Role | undefined)[] = [];
  readonly values: unknown[] = [];

  constructor(ps: readonly Piece[]) {
    this.ps = ps;
  }

  /** Starts a match of a pattern of `slots` slots at `start`. */
  reset(names: ReadonlyMap<string, number>, start: number, slots: number): void {
    this.names = names;
    this.start = start;
    this.end = start;
    for (let s = 0; s < slots; s++) {
      this.at[s] = -1;
      this.roles[s] = undefined;
      this.values[s] = undefined;
    }
  }

  private slot(name: string): number {
    const k = this.names.get(name);
    return k === undefined ? -1 : k;
  }

  has(name: string): boolean {
    const k = this.slot(name);
    return k >= 0 && this.at[k]! >= 0;
  }

  piece(name: string): Piece | undefined {
    const k = this.slot(name);
    return k >= 0 && this.at[k]! >= 0 ? this.ps[this.at[k]!] : undefined;
  }

  role<N extends RoleName>(name: string, _role: N): Extract<Role, { role: N }> | undefined {
    const k = this.slot(name);
    return (k >= 0 ? this.roles[k] : undefined) as Extract<Role, { role: N }> | undefined;
  }

  value<T>(name: string): T | undefined {
    const k = this.slot(name);
    return (k >= 0 ? this.values[k] : undefined) as T | undefined;
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

/** What may stand first in a match: the forms at a place are tried only when the piece fits. */
interface Starts {
  any: boolean;
  digits: boolean;
  /** The bits of the roles it may begin with (`ROLE_BITS`). */
  mask: number;
  texts: Set<string>;
}

interface Compiled {
  form: Form;
  names: ReadonlyMap<string, number>;
  starts: Starts;
}

const CATEGORIES: readonly Category[] = ["numeral", "measure", "span", "expression"];
const CATEGORY_INDEX: Readonly<Record<Category, number>> = {
  numeral: 0,
  measure: 1,
  span: 2,
  expression: 3,
};

/** The forms of each category, with what each may start with, ready to run. */
export class FormTable {
  readonly byCategory: readonly (readonly Compiled[])[];

  constructor(forms: readonly Form[]) {
    const starts = new Map<Category, Starts>();
    // A category's forms begin only with its sub-categories', which come first in CATEGORIES.
    this.byCategory = CATEGORIES.map((category) => {
      const compiled = forms
        .filter((f) => f.category === category)
        .map((form) => ({
          form,
          names: new Map(form.pattern.map((slot, k) => [slot.as, k])),
          starts: startsOf(form.pattern, starts),
        }));
      starts.set(category, union(compiled.map((c) => c.starts)));
      return compiled;
    });
  }
}

function startsOf(pattern: readonly Slot[], known: ReadonlyMap<Category, Starts>): Starts {
  const s: Starts = { any: false, digits: false, mask: 0, texts: new Set() };
  for (const slot of pattern) {
    if (slot.kind === "role") s.mask |= ROLE_BITS[slot.role];
    else if (slot.kind === "text") for (const t of slot.texts) s.texts.add(t);
    else if (slot.kind === "digits") s.digits = true;
    else if (slot.kind === "scan") {
      if (!slot.starts) s.any = true;
      for (const r of slot.starts?.roles ?? []) s.mask |= ROLE_BITS[r];
      for (const t of slot.starts?.texts ?? []) s.texts.add(t);
    } else {
      const sub = known.get(slot.category);
      if (!sub) throw new Error(`${slot.category} is used before it is defined`);
      Object.assign(s, union([s, sub]));
    }
    if (!slot.optional) break;
  }
  return s;
}

function union(all: readonly Starts[]): Starts {
  return {
    any: all.some((s) => s.any),
    digits: all.some((s) => s.digits),
    mask: all.reduce((m, s) => m | s.mask, 0),
    texts: new Set(all.flatMap((s) => [...s.texts])),
  };
}

function fits(s: Starts, p: Piece): boolean {
  return (
    s.any ||
    (p.mask & s.mask) !== 0 ||
    (s.digits && p.digits !== null) ||
    (s.texts.size > 0 && s.texts.has(p.lower))
  );
}

/** One reading of a text's pieces by the forms; `parse` remembers what it found at each place. */
export class Grammar {
  readonly ps: readonly Piece[];
  private readonly table: FormTable;
  private readonly memo: (Hit<unknown> | null | undefined)[][];
  /** One match per depth of nesting, reused. */
  private readonly matches: Match[] = [];
  private depth = 0;

  constructor(ps: readonly Piece[], table: FormTable) {
    this.ps = ps;
    this.table = table;
    this.memo = CATEGORIES.map(() => []);
  }

  /** The longest reading of category `category` at piece `i`, or null. */
  parse<C extends Category>(category: C, i: number): Hit<Values[C]> | null {
    const piece = this.ps[i];
    if (!piece) return null;
    const c = CATEGORY_INDEX[category];
    const memo = this.memo[c]!;
    const known = memo[i];
    if (known !== undefined) return known as Hit<Values[C]> | null;
    let best: Hit<Values[C]> | null = null;
    for (const compiled of this.table.byCategory[c]!) {
      if (!fits(compiled.starts, piece)) continue;
      const m = this.match(compiled, i);
      if (!m || (best && m.end <= best.end)) continue;
      const value = compiled.form.build(m) as Values[C] | null;
      if (value !== null) best = { end: m.end, value };
    }
    memo[i] = best;
    return best;
  }

  /** Matches a pattern at `i`, each optional slot taken when it matches (no backtracking). */
  private match(compiled: Compiled, i: number): Match | null {
    const pattern = compiled.form.pattern;
    const m = (this.matches[this.depth] ??= new Match(this.ps));
    m.reset(compiled.names, i, pattern.length);
    this.depth++;
    try {
      let k = i;
      for (let s = 0; s < pattern.length; s++) {
        const slot = pattern[s]!;
        const end = this.slot(slot, k, m, s);
        if (end >= 0) k = end;
        else if (!slot.optional) return null;
      }
      m.end = k;
      return k > i ? m : null;
    } finally {
      this.depth--;
    }
  }

  /** Matches one slot at `k`; records what it matched as slot `s` of `m`, and returns where it ends, or -1. */
  private slot(slot: Slot, k: number, m: Match, s: number): number {
    const piece = this.ps[k];
    if (!piece || (slot.attached && piece.spaced)) return -1;
    let end = k + 1;
    switch (slot.kind) {
      case "role": {
        if ((piece.mask & ROLE_BITS[slot.role]) === 0) return -1;
        let found: Role | undefined;
        for (const r of piece.roles)
          if (r.role === slot.role && (!slot.test || slot.test(r, piece))) {
            found = r;
            break;
          }
        if (!found) return -1;
        m.roles[s] = found;
        break;
      }
      case "text":
        if (!slot.texts.includes(piece.lower)) return -1;
        break;
      case "digits":
        if (!piece.digits || (slot.test && !slot.test(piece))) return -1;
        break;
      case "form": {
        const hit = this.parse(slot.category, k);
        if (!hit) return -1;
        m.values[s] = hit.value;
        end = hit.end;
        break;
      }
      case "scan": {
        const hit = slot.scan(this.ps, k);
        if (!hit) return -1;
        m.values[s] = hit.value;
        end = hit.end;
        break;
      }
    }
    m.at[s] = k;
    return end;
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
  starts?: { roles: readonly RoleName[]; texts?: readonly string[] },
): Slot => (starts ? { kind: "scan", as, scan: fn, starts } : { kind: "scan", as, scan: fn });
export const opt = (slot: Slot): Slot => ({ ...slot, optional: true });
export const attached = (slot: Slot): Slot => ({ ...slot, attached: true });
