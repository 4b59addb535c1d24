/**
 * The lexer: turns text into typed pieces from one table. A piece is a number in digits, or a
 * word, phrase or sign with the roles the vocabulary gives it (a number word, a scale, a currency,
 * a unit, a month, a qualifier with its relation, a link such as "to" or "and"…). A word may have
 * several roles ("third" is an ordinal and a denominator): the forms decide by grammar.
 */
import { scanTokens, tokenize, type Token } from "./tokenize.ts";
import {
  ATTACHED_CURRENCIES,
  CHANGES,
  CURRENCIES,
  DENOMINATORS,
  GROUPS,
  LOWER_CASE_PERCENTS,
  MEASURES,
  MONTHS,
  MULTIPLES,
  ORDINALS,
  PERCENTS,
  PERIODS,
  POST_QUALIFIERS,
  PRE_QUALIFIERS,
  SCALES,
  SHORT_SCALES,
  TENS,
  UNITS,
  VAGUE,
} from "./vocabulary.ts";
import { readDigits, type Digits } from "./digits.ts";
import { latinLookalike } from "./unusual.ts";
import { maskOf, type Role, type RoleName } from "./roles.ts";

export { has, roleOf, ROLE_BITS, type Link, type Role, type RoleName } from "./roles.ts";

/**
 * When a phrase counts: with a capital ("May"), in lower case only ("pc"), or straight after the
 * piece before ("bn" in "21.7bn").
 */
type When = "capital" | "lower" | "attached" | "attached-lower";

interface Entry {
  /** The phrase's tokens, lower-cased, each with whether it follows the one before without a space. */
  parts: { lower: string; attached: boolean }[];
  roles: { role: Role; when?: When }[];
  /** The roles, when none depends on how the phrase is written. */
  free?: readonly Role[];
}

export interface Piece {
  type: Token["type"];
  /** The piece as written (normalised text). */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** True when whitespace separates this piece from the one before it (or it is first). */
  spaced: boolean;
  /** True when its first letter is a capital. */
  capital: boolean;
  roles: readonly Role[];
  /** The bits of its roles (`ROLE_BITS`). */
  mask: number;
  /** For a number in digits. */
  digits: Digits | null;
  /** A word spelled with Cyrillic or Greek look-alikes of a word the reader knows ("sеven"). */
  lookalike: string | null;
}

const entries = new Map<string, Entry[]>();

function add(phrase: string, role: Role, when?: When): void {
  const tokens = tokenize(phrase);
  const parts = tokens.map((t, k) => ({ lower: t.lower, attached: k > 0 && !t.spaced }));
  const key = parts.map((p) => (p.attached ? "" : " ") + p.lower).join("");
  const first = parts[0]!.lower;
  const list = entries.get(first) ?? [];
  let entry = list.find(
    (e) => e.parts.map((p) => (p.attached ? "" : " ") + p.lower).join("") === key,
  );
  if (!entry) {
    entry = { parts, roles: [] };
    list.push(entry);
    list.sort((a, b) => b.parts.length - a.parts.length);
    entries.set(first, list);
  }
  entry.roles.push(when === undefined ? { role } : { role, when });
}

for (const [w, v] of Object.entries(UNITS)) add(w, { role: "unit", value: v });
for (const [w, v] of Object.entries(TENS)) add(w, { role: "tens", value: v });
add("hundred", { role: "hundred" });
for (const [w, v] of Object.entries(SCALES)) {
  const short = SHORT_SCALES.has(w);
  add(w, { role: "scale", value: v, short }, short ? "attached" : undefined);
}
for (const [w, v] of Object.entries(ORDINALS)) {
  add(w, { role: "ordinal", value: v, plural: false });
  if (w !== "second" && w !== "first") add(`${w}s`, { role: "ordinal", value: v, plural: true });
}
add("firsts", { role: "ordinal", value: 1, plural: true });
for (const [w, v] of Object.entries(DENOMINATORS))
  add(w, { role: "denominator", value: v, plural: w.endsWith("s") });
add("a", { role: "article" });
add("an", { role: "article" });
add("point", { role: "point" });
for (const [w, v] of Object.entries(GROUPS)) add(w, { role: "group", value: v });
for (const [w, v] of Object.entries(PERIODS)) add(w, { role: "period", value: v, unit: "years" });
for (const w of VAGUE) add(w, { role: "vague" });
for (const [w, v] of Object.entries(MULTIPLES)) add(w, { role: "multiple", value: v });
for (const [w, v] of [
  ...Object.entries(UNITS),
  ...Object.entries(TENS),
  ["hundred", 100],
  ["thousand", 1000],
] as const) {
  if (v < 2) continue;
  add(`${w}fold`, { role: "multiple", value: v });
}
add("fold", { role: "fold" });
add("times", { role: "times" });
add("x", { role: "times" }, "attached");
add("×", { role: "times" }, "attached");
for (const [w, c] of Object.entries(CURRENCIES)) add(w, { role: "currency", currency: c });
for (const [w, c] of Object.entries(ATTACHED_CURRENCIES))
  add(w, { role: "currency", currency: c }, "attached-lower");
for (const [w, u] of Object.entries(PERCENTS)) add(w, { role: "percent", unit: u });
for (const [w, u] of Object.entries(LOWER_CASE_PERCENTS))
  add(w, { role: "percent", unit: u }, "lower");
for (const [w, u] of Object.entries(MEASURES)) add(w, { role: "measure", unit: u });
for (const [w, m] of Object.entries(MONTHS)) {
  add(w, { role: "month", value: m }, "capital");
  if (w.length === 3 || w === "sept") add(`${w}.`, { role: "month", value: m }, "capital");
}
for (const [w, r] of Object.entries(PRE_QUALIFIERS))
  add(w, { role: "qualifier", relation: r, after: false });
for (const [w, r] of Object.entries(POST_QUALIFIERS))
  add(w, { role: "qualifier", relation: r, after: true });
add("minus", { role: "sign" });
add("negative", { role: "sign" });
for (const link of ["to", "through", "and", "between", "from", "in", "of", "out of"] as const)
  add(link, { role: "link", link });
add("until", { role: "link", link: "to" });
add("till", { role: "link", link: "to" });
for (const m of ["am", "a.m.", "a.m"]) add(m, { role: "meridiem", pm: false });
for (const m of ["pm", "p.m.", "p.m"]) add(m, { role: "meridiem", pm: true });
for (const s of ["st", "nd", "rd", "th"]) add(s, { role: "ordinal-suffix" }, "attached");
for (const w of CHANGES) add(w, { role: "change" });

for (const list of entries.values())
  for (const e of list)
    if (e.roles.every((r) => r.when === undefined))
      e.free = Object.freeze(e.roles.map((r) => r.role));

/** The roles of the phrase that starts at token `i`, longest phrase first, and the token after it. */
function lookUp(tokens: Piece[], i: number): { roles: readonly Role[]; end: number } | null {
  const first = tokens[i] as Piece;
  const list = entries.get(first.lower);
  if (list === undefined) return null;
  for (const entry of list) {
    const n = entry.parts.length;
    let k = 1;
    for (; k < n; k++) {
      const t = tokens[i + k];
      const part = entry.parts[k]!;
      if (!t || t.lower !== part.lower || (part.attached && t.spaced)) break;
    }
    if (k < n) continue;
    const roles = entry.free ?? entry.roles.filter((r) => holds(r.when, first)).map((r) => r.role);
    if (roles.length > 0) return { roles, end: i + n };
  }
  return null;
}

function holds(when: When | undefined, first: Piece): boolean {
  switch (when) {
    case undefined:
      return true;
    case "capital":
      return first.capital;
    case "lower":
      return first.text === first.lower;
    case "attached":
      return !first.spaced;
    case "attached-lower":
      return !first.spaced && first.text === first.lower;
  }
}

/** Whether a space at a normalised offset was a thin or no-break space in the original. */
export type HardSpace = (offset: number) => boolean;

/** The pieces of normalised `text`. */
export function lex(text: string, hardSpace: HardSpace = () => false): Piece[] {
  const tokens = scanTokens(text);
  const pieces: Piece[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Piece;
    const number = t.type === "num" || t.text === "." ? numberAt(text, tokens, i, hardSpace) : null;
    if (number) {
      pieces.push(number.piece);
      i = number.end;
      continue;
    }
    const found = lookUp(tokens, i) ?? unknownCurrency(t, i);
    if (!found) {
      if (t.type === "word" && !isAscii(t.lower)) {
        const lookalike = latinLookalike(t.lower);
        if (lookalike !== null && isNumberWord(lookalike)) t.lookalike = lookalike;
      }
      pieces.push(t);
      i++;
      continue;
    }
    t.roles = found.roles;
    t.mask = maskOf(found.roles);
    if (found.end > i + 1) {
      // A phrase of several tokens is one piece ("more than", "US$", "per cent").
      const last = tokens[found.end - 1] as Piece;
      t.type = "word";
      t.text = text.slice(t.start, last.end);
      t.lower = t.text.toLowerCase();
      t.end = last.end;
    }
    pieces.push(t);
    i = found.end;
  }
  return pieces;
}

function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 0x7f) return false;
  return true;
}

const NONE: readonly Role[] = Object.freeze([]);

const NUMBER_WORDS: ReadonlySet<RoleName> = new Set([
  "unit",
  "tens",
  "hundred",
  "scale",
  "ordinal",
  "denominator",
  "group",
  "period",
  "multiple",
  "currency",
  "percent",
  "month",
  "qualifier",
]);

/** A word of three letters or more that names a number, a unit or a hedge. */
function isNumberWord(word: string): boolean {
  return (
    word.length >= 3 &&
    (entries.get(word) ?? []).some(
      (e) => e.parts.length === 1 && e.roles.some((r) => NUMBER_WORDS.has(r.role.role)),
    )
  );
}

/** A currency sign the vocabulary does not name: refused rather than read as a bare count. */
function unknownCurrency(t: Token, i: number): { roles: readonly Role[]; end: number } | null {
  if (t.type !== "sym" || t.text.charCodeAt(0) < 0x80 || !/\p{Sc}/u.test(t.text)) return null;
  const why = `\`${t.text}\` is a currency sign the reader does not know; name the currency (\`USD\`, \`euros\`)`;
  return { roles: [{ role: "currency", currency: { code: null, at: "either", why } }], end: i + 1 };
}

/**
 * A number in digits at token `i`: "1,000", ".08" (a point that starts a number), and "120 000"
 * when the groups stand apart by a thin or no-break space.
 */
function numberAt(
  text: string,
  tokens: Token[],
  i: number,
  hardSpace: HardSpace,
): { piece: Piece; end: number } | null {
  const t = tokens[i] as Token;
  let end = i + 1;
  const from = t.start;
  if (t.type !== "num") {
    // ".08": the point must stand apart from what precedes it, and the digits hold no separator.
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const apart = t.spaced || !prev || prev.type === "sym";
    if (!next || next.type !== "num" || next.spaced || !apart || !/^\d+$/.test(next.text))
      return null;
    if (prev?.type === "num") return null;
    end = i + 2;
  }
  let to = (tokens[end - 1] as Token).end;
  let apart = false;
  if (t.type === "num" && /^\d{1,3}$/.test(t.text)) {
    // "120 000": one number when the groups stand apart by a thin or no-break space; with an
    // ordinary space it may be two, and the reader will not guess.
    while (
      tokens[end]?.type === "num" &&
      tokens[end]!.spaced &&
      tokens[end]!.start === to + 1 &&
      /^\d{3}(?:\.\d+)?$/.test(tokens[end]!.text) &&
      !text.slice(from, to).includes(".")
    ) {
      if (!hardSpace(to)) apart = true;
      to = tokens[end]!.end;
      end++;
    }
  }
  const written = text.slice(from, to);
  return {
    piece: {
      type: "num",
      text: written,
      lower: written,
      start: from,
      end: to,
      spaced: t.spaced,
      capital: false,
      roles: NONE,
      mask: 0,
      digits: readDigits(written, apart),
      lookalike: null,
    },
    end,
  };
}
