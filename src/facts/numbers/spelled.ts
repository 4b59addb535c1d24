/**
 * Numbers in words, in the usual English grammar: "six", "twenty-one", "one hundred and five",
 * "twenty-one trillion and three hundred", "eleventh", "one hundred twenty-fifth", "three fifths",
 * "a quarter", "one and a half", "half a million", "three dozen", "five point five".
 *
 * A number is read as groups below a thousand, each with the scale after it ("twenty-one
 * trillion", "three hundred"), scales falling: "one trillion twenty-one trillion" is two numbers.
 * An ordinal word ends the number ("one hundred twenty-fifth"); a plural one after a count is a
 * denominator ("three fifths"), and so is a singular one after "one" or "a" ("one fifth").
 */
import { roleOf, type Piece } from "./lexicon.ts";
import type { Numeral } from "./numeral.ts";

interface Group {
  value: number;
  end: number;
  /** The group ends in an ordinal word ("twenty-fifth"). */
  ordinal: boolean;
  /** It begins with "a" or "an" ("a hundred", "a million"). */
  article: boolean;
}

/** A number in words at piece `i`, or null. */
export function spelledAt(ps: readonly Piece[], i: number): Numeral | null {
  // "a" counts only before a word of number ("a million", "a third", "a decade").
  if (roleOf(ps[i], "article") && (ps[i + 1]?.roles.length ?? 0) === 0) return null;
  const half = halfAt(ps, i);
  if (half) return half;
  const card = cardinalAt(ps, i) ?? articleAt(ps, i);
  if (!card) {
    const ordinal = ordinalAt(ps, i, false);
    return ordinal && !ordinal.plural ? numeral(ordinal.value, ordinal.end, "ordinal") : null;
  }
  if (card.ordinal) return numeral(card.value, card.end, "ordinal");
  const more = fractionAfter(ps, card) ?? mixedAfter(ps, card) ?? groupAfter(ps, card);
  if (more) return more;
  const decimal = pointAfter(ps, card);
  if (decimal) return decimal;
  return {
    ...numeral(card.value, card.end, "cardinal"),
    scale: card.scale,
    lone: card.value === 1 && card.words === 1,
    article: card.article && card.words === 1,
  };
}

interface Cardinal {
  value: number;
  end: number;
  ordinal: boolean;
  /** The smallest scale word used (1e6 for "six million"), or 1. */
  scale: number;
  words: number;
  article: boolean;
}

/** A cardinal (or an ordinal ending in an ordinal word) at `i`: groups with falling scales. */
function cardinalAt(ps: readonly Piece[], i: number): Cardinal | null {
  let total = 0;
  let k = i;
  let last = Infinity; // the last scale used: the next must be smaller
  let best: Cardinal | null = null;
  let words = 0;
  for (;;) {
    const g = groupAt(ps, k);
    if (!g) break;
    const checkpoint = (value: number, end: number, ordinal: boolean, scale: number) => {
      words += end - k;
      best = { value, end, ordinal, scale, words, article: g.article && total === 0 };
    };
    if (g.ordinal) {
      checkpoint(total + g.value, g.end, true, 1);
      break;
    }
    const s = scaleAt(ps, g.end);
    // "one trillion twenty-one trillion": a scale no smaller than the last starts a new number.
    if (s && s.value >= last) break;
    if (s && g.value < 1000) {
      total += g.value * s.value;
      last = s.value;
      checkpoint(total, g.end + 1, s.ordinal, s.value);
      if (s.ordinal) break;
      k = g.end + 1;
      // "two thousand and two hundred": "and" when a smaller group follows.
      if (roleOf(ps[k], "link")?.link === "and") {
        const next = groupAt(ps, k + 1);
        if (next && !next.article && next.value < s.value && !scaleAt(ps, next.end)) k++;
      }
      continue;
    }
    if (g.article && g.value === 1) break; // "a" alone is no number
    checkpoint(total + g.value, g.end, false, total > 0 ? last : 1);
    break;
  }
  return best;
}

/**
 * A group below ten thousand: "seven", "twenty-one", "fifty - two", "three hundred and five", "a
 * hundred", "thirty-two hundred"; or one ending in an ordinal word ("twenty-fifth", "two
 * hundredth").
 */
function groupAt(ps: readonly Piece[], i: number): Group | null {
  const p = ps[i];
  if (!p) return null;
  let value: number;
  let k = i + 1;
  let article = false;
  const small = smallAt(ps, i);
  if (small) {
    if (small.ordinal) return { ...small, article: false };
    value = small.value;
    k = small.end;
  } else if (
    roleOf(p, "article") &&
    (roleOf(ps[k], "hundred") || scaleAt(ps, k)?.ordinal === false)
  ) {
    value = 1;
    article = true;
  } else return null;
  const h = ps[k];
  if (roleOf(h, "hundred") && value < 100) {
    value *= 100;
    k++;
    let at = k;
    if (roleOf(ps[at], "link")?.link === "and") at++;
    const rest = smallAt(ps, at);
    if (rest && rest.value < 100) {
      return { value: value + rest.value, end: rest.end, ordinal: rest.ordinal, article };
    }
  } else if (roleOf(h, "ordinal")?.value === 100 && value < 100 && !article) {
    return { value: value * 100, end: k + 1, ordinal: true, article };
  }
  return { value, end: k, ordinal: false, article };
}

/**
 * Below a hundred: a unit or teen ("seven"), tens with a unit ("twenty-one", "fifty two", "fifty -
 * two"), or such a number ending in an ordinal ("twenty-fifth", "eleventh"). A plural ordinal
 * hyphenated to its tens ("thirty-fifths") is left whole for a denominator.
 */
function smallAt(
  ps: readonly Piece[],
  i: number,
): { value: number; end: number; ordinal: boolean } | null {
  const p = ps[i];
  const unit = roleOf(p, "unit");
  if (unit) return { value: unit.value, end: i + 1, ordinal: false };
  const tens = roleOf(p, "tens");
  if (!tens) {
    const ord = roleOf(p, "ordinal");
    if (ord && ord.value >= 2 && ord.value < 100 && !ord.plural)
      return { value: ord.value, end: i + 1, ordinal: true };
    return null;
  }
  // "twenty-one", "twenty one", "fifty - two"
  let k = i + 1;
  const dash = ps[k]?.text === "-";
  if (dash) k++;
  const next = ps[k];
  const u = roleOf(next, "unit");
  if (u && u.value > 0 && u.value < 10)
    return { value: tens.value + u.value, end: k + 1, ordinal: false };
  const o = roleOf(next, "ordinal");
  if (o && o.value < 10) {
    if (o.plural && dash && !next!.spaced) return null;
    if (!o.plural) return { value: tens.value + o.value, end: k + 1, ordinal: true };
  }
  return { value: tens.value, end: i + 1, ordinal: false };
}

/** A scale word at `k` ("million"; "millionth" as an ordinal); abbreviations belong to digits. */
function scaleAt(ps: readonly Piece[], k: number): { value: number; ordinal: boolean } | null {
  const s = roleOf(ps[k], "scale");
  if (s && !s.short && /^[a-z]/i.test(ps[k]!.text) && ps[k]!.text.length > 3)
    return { value: s.value, ordinal: false };
  const o = roleOf(ps[k], "ordinal");
  if (o && o.value >= 1000 && !o.plural) return { value: o.value, ordinal: true };
  return null;
}

/** A denominator at `i`: "fifth", "fifths", "twenty-fifth", "thirty-fifths", "quarter", "half". */
function ordinalAt(
  ps: readonly Piece[],
  i: number,
  denominator: boolean,
): { value: number; end: number; plural: boolean } | null {
  const d = roleOf(ps[i], "denominator");
  if (d) return denominator ? { value: d.value, end: i + 1, plural: d.plural } : null;
  const tens = roleOf(ps[i], "tens");
  if (tens) {
    let k = i + 1;
    if (ps[k]?.text === "-") k++;
    const o = roleOf(ps[k], "ordinal");
    if (o && o.value < 10) return { value: tens.value + o.value, end: k + 1, plural: o.plural };
    return null;
  }
  const o = roleOf(ps[i], "ordinal");
  if (!o || (o.value === 1 && !denominator) || (denominator && o.value === 2)) return null;
  if (o.value === 1 && denominator) return null;
  return { value: o.value, end: i + 1, plural: o.plural };
}

/** "three fifths", "one fifth", "a fifth of", "two-thirds", "one twenty-fifth", "a hundredth". */
function fractionAfter(ps: readonly Piece[], card: Cardinal): Numeral | null {
  let k = card.end;
  if (ps[k]?.text === "-" && !ps[k]!.spaced) k++;
  const d = ordinalAt(ps, k, true);
  if (!d || d.value <= 1) return null;
  const one = card.value === 1;
  if (one === d.plural) return null; // "one fifths", "three fifth"
  // "a third park" is an ordinal; "a third of", "a third" are fractions.
  const after = ps[d.end];
  if (card.article && !d.plural && after && after.roles.length === 0 && after.type === "word")
    return null;
  const value = card.value / d.value;
  return timesScale(ps, numeral(value, d.end, "fraction"), value);
}

/** "one and a half", "twenty and three fifths", "one hundred and three and two thirds". */
function mixedAfter(ps: readonly Piece[], card: Cardinal): Numeral | null {
  if (roleOf(ps[card.end], "link")?.link !== "and") return null;
  const part = cardinalAt(ps, card.end + 1) ?? articleAt(ps, card.end + 1);
  if (!part || part.ordinal) return null;
  const f = fractionAfter(ps, part);
  if (!f || f.kind !== "fraction" || f.value >= 1) return null;
  const value = card.value + f.value;
  return timesScale(ps, numeral(value, f.end, "cardinal"), value);
}

function articleAt(ps: readonly Piece[], i: number): Cardinal | null {
  return roleOf(ps[i], "article")
    ? { value: 1, end: i + 1, ordinal: false, scale: 1, words: 1, article: true }
    : null;
}

/** "half", "half a million", "half a dozen", "half million", "quarter million". */
function halfAt(ps: readonly Piece[], i: number): Numeral | null {
  const d = roleOf(ps[i], "denominator");
  if (!d || d.plural) return null;
  let k = i + 1;
  if (roleOf(ps[k], "article")) k++;
  const g = roleOf(ps[k], "group");
  if (g) return { ...numeral(g.value / d.value, k + 1, "cardinal"), approx: true };
  const s = scaleAt(ps, k);
  if (s && !s.ordinal) return { ...numeral(s.value / d.value, k + 1, "cardinal"), scale: s.value };
  return d.value === 2 ? numeral(0.5, i + 1, "fraction") : null;
}

/** "a dozen", "three dozen", "three dozens", "a score". */
function groupAfter(ps: readonly Piece[], card: Cardinal): Numeral | null {
  const g = roleOf(ps[card.end], "group");
  if (!g || card.ordinal) return null;
  return { ...numeral(card.value * g.value, card.end + 1, "cardinal"), approx: true };
}

/** "five point five", "two hundred point zero three": digits in words after "point". */
function pointAfter(ps: readonly Piece[], card: Cardinal): Numeral | null {
  if (!roleOf(ps[card.end], "point") || card.scale !== 1) return null;
  let k = card.end + 1;
  let decimals = "";
  for (let u = roleOf(ps[k], "unit"); u && u.value < 10; u = roleOf(ps[k], "unit")) {
    decimals += String(u.value);
    k++;
  }
  if (decimals === "") return null;
  return numeral(Number(`${card.value}.${decimals}`), k, "cardinal");
}

/** A fraction or mixed number followed by a scale: "a quarter million", "one and a half billion". */
function timesScale(ps: readonly Piece[], n: Numeral, value: number): Numeral {
  const s = scaleAt(ps, n.end);
  if (!s || s.ordinal) return n;
  return {
    ...numeral(Number((value * s.value).toPrecision(15)), n.end + 1, "cardinal"),
    scale: s.value,
  };
}

function numeral(value: number, end: number, kind: Numeral["kind"]): Numeral {
  return { value, end, kind, scale: 1, digits: null, lone: false, article: false, approx: false };
}
