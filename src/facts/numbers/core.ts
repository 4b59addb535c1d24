/**
 * Reads the numeric core of an expression: digits ("1,000", "8.65") or number words ("six",
 * "twenty-one").
 */
import type { Token } from "./tokenize.ts";
import { FRACTIONS, MULTIPLE_VERBS, SCALES, TENS, UNITS } from "./lexicon.ts";

export interface Core {
  value: number;
  /** Index of the token after the core. */
  end: number;
  text: string;
  /** Written in digits (not words). */
  digits: boolean;
  /** Digits with thousands separators ("1,000"). */
  grouped: boolean;
  decimals: number;
  /** A fraction in words ("one quarter", "nearly half"). */
  fraction: boolean;
  /** The single word "one" (or "a"): a figure only when a scale, fraction or unit follows. */
  lone: boolean;
  /** A multiple written as one word ("fivefold"). */
  multiple?: boolean;
  /** Set when the text looks numeric but cannot be read without guessing. */
  unsure?: string;
}

const PLAIN = /^\d+(?:\.\d+)?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * Reads the core at token `i`; `prefixed` says a currency prefix ("RMB") was read just before it.
 */
export function readCore(tokens: Token[], i: number, prefixed = false): Core | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.type === "num") return readDigits(tokens, i, prefixed);
  if (t.type === "word" && startsNumberWords(t.lower)) return readWords(tokens, i);
  return null;
}

/**
 * True when a word may begin a number in words; most words are not numbers, so the reader tries no
 * other.
 */
export function startsNumberWords(lower: string): boolean {
  return STARTS_A_NUMBER.has(lower) || lower.endsWith("fold");
}

const STARTS_A_NUMBER = new Set([
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...Object.keys(FRACTIONS),
  ...Object.keys(MULTIPLE_VERBS),
  "a",
  "an",
]);

function readDigits(tokens: Token[], i: number, prefixed: boolean): Core {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const base = { end: i + 1, text: t.text, digits: true, fraction: false, lone: false };
  if (prev && !t.spaced && prev.type === "word" && !prefixed) {
    return {
      ...base,
      value: NaN,
      grouped: false,
      decimals: 0,
      unsure: `\`${prev.text}${t.text}\` joins letters and digits, so it reads as a name, not a figure`,
    };
  }
  const grouped = GROUPED.test(t.text);
  if (!grouped && !PLAIN.test(t.text)) {
    return {
      ...base,
      value: NaN,
      grouped: false,
      decimals: 0,
      unsure:
        `\`${t.text}\` is not a well-formed number (expected digits grouped by threes, ` +
        `like \`120,000\`, and one decimal point)`,
    };
  }
  const plain = t.text.replaceAll(",", "");
  const decimals = plain.includes(".") ? plain.length - plain.indexOf(".") - 1 : 0;
  return { ...base, value: Number(plain), grouped, decimals };
}

/**
 * Number words, in the usual English grammar: "six", "twenty-one", "one hundred and five", "six
 * million", "one quarter".
 */
function readWords(tokens: Token[], i: number): Core | null {
  let k = i;
  let total = 0;
  let current = 0;
  let words = 0;
  let lastWasSmall = false; // a unit, teen or tens word was last: another may not follow
  let article = false;

  const first = tokens[k] as Token;
  const verb = MULTIPLE_VERBS[first.lower];
  if (verb !== undefined) {
    return {
      value: verb,
      end: k + 1,
      text: "",
      digits: false,
      grouped: false,
      decimals: 0,
      fraction: false,
      lone: false,
      multiple: true,
    };
  }
  const fold = /^(\p{L}+?)-?fold$/u.exec(first.lower);
  if (fold?.[1] && (fold[1] in UNITS || fold[1] in TENS)) {
    const value = UNITS[fold[1]] ?? TENS[fold[1]] ?? 0;
    return {
      value,
      end: k + 1,
      text: "",
      digits: false,
      grouped: false,
      decimals: 0,
      fraction: false,
      lone: false,
      multiple: true,
    };
  }
  if (first.lower === "a" || first.lower === "an") {
    // "a million", "a third", "a dozen": the article stands for one.
    const next = tokens[k + 1];
    if (!next || !(next.lower in SCALES || next.lower in FRACTIONS || next.lower === "dozen"))
      return null;
    current = 1;
    article = true;
    k++;
  }

  for (;;) {
    const t = tokens[k];
    if (!t || t.type !== "word" || (words > 0 && !t.spaced && tokens[k - 1]?.text !== "-")) break;
    const w = t.lower;
    if (w in UNITS || w in TENS) {
      if (lastWasSmall) break;
      current += UNITS[w] ?? TENS[w] ?? 0;
      words++;
      k++;
      // "twenty-one"
      const dash = tokens[k];
      const unit = tokens[k + 1];
      if (
        w in TENS &&
        dash?.text === "-" &&
        !dash.spaced &&
        unit &&
        !unit.spaced &&
        unit.lower in UNITS &&
        (UNITS[unit.lower] ?? 0) < 10
      ) {
        current += UNITS[unit.lower] ?? 0;
        k += 2;
      }
      lastWasSmall = true;
      continue;
    }
    if (w === "dozen" && (words > 0 || article)) {
      current = (current || 1) * 12;
      words++;
      k++;
      lastWasSmall = false;
      continue;
    }
    if (w === "hundred" && (words > 0 || article)) {
      current = (current || 1) * 100;
      words++;
      k++;
      lastWasSmall = false;
      if (
        tokens[k]?.lower === "and" &&
        tokens[k + 1] &&
        (tokens[k + 1]!.lower in UNITS || tokens[k + 1]!.lower in TENS)
      )
        k++;
      continue;
    }
    if (w in SCALES && w.length > 3 && (words > 0 || article)) {
      total += (current || 1) * (SCALES[w] ?? 1);
      current = 0;
      words++;
      k++;
      lastWasSmall = false;
      continue;
    }
    break;
  }

  const count = total + current;
  const fraction = readFractionWord(tokens, k, words > 0 || article ? count : null);
  if (fraction) {
    return {
      value: fraction.value,
      end: fraction.end,
      text: "",
      digits: false,
      grouped: false,
      decimals: 0,
      fraction: true,
      lone: false,
    };
  }
  if (words === 0) return null;
  const lone = words === 1 && count === 1;
  return {
    value: count,
    end: k,
    text: "",
    digits: false,
    grouped: false,
    decimals: 0,
    fraction: false,
    lone,
  };
}

/**
 * "half" alone, or a count then "quarter(s)", "third(s)", "half" ("one quarter", "two-thirds", "a
 * half").
 */
function readFractionWord(
  tokens: Token[],
  k: number,
  count: number | null,
): { value: number; end: number } | null {
  let at = k;
  if (count !== null && tokens[at]?.text === "-" && !tokens[at]!.spaced) at++;
  const t = tokens[at];
  if (!t || t.type !== "word") return null;
  const f = FRACTIONS[t.lower];
  if (f === undefined) return null;
  if (count === null) return t.lower === "half" ? { value: f, end: at + 1 } : null;
  return { value: count * f, end: at + 1 };
}
