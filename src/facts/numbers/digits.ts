/** A number in digits: its value, how it is written, and why it cannot be read, if it cannot. */

export interface Digits {
  value: number;
  /** Digits grouped by threes ("1,000", "120 000"). */
  grouped: boolean;
  decimals: number;
  /** A plain integer of four digits ("2012"): it may be a calendar year. */
  fourDigits: boolean;
  /** Why the reader will not read these digits as a number, or null. */
  problem: string | null;
}

const PLAIN = /^\d*(?:\.\d+)?$/;
const GROUPED = /^\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?$/;
/** Significant digits a double holds exactly: more, and two different figures compare equal. */
const MAX_DIGITS = 15;

/**
 * Reads digits as written ("1,000", "8.65", ".08", "120 000"); `apart` says groups stand apart by
 * an ordinary space, which may as well separate two numbers.
 */
export function readDigits(written: string, apart = false): Digits {
  if (!apart && written.length <= MAX_DIGITS && isInteger(written)) {
    // The common case, a plain integer: no pattern to match.
    const grouped = false;
    return {
      value: Number(written),
      grouped,
      decimals: 0,
      fourDigits: written.length === 4,
      problem: null,
    };
  }
  const grouped = GROUPED.test(written);
  const plain = written.replace(/[, ]/g, "");
  const decimals = plain.includes(".") ? plain.length - plain.indexOf(".") - 1 : 0;
  const value = Number(plain);
  const digits: Digits = {
    value,
    grouped,
    decimals,
    fourDigits: /^\d{4}$/.test(written),
    problem: null,
  };
  if (apart) {
    digits.problem =
      `\`${written}\` may be one number with its thousands apart or two numbers; ` +
      `write \`${written.replace(" ", ",")}\` or keep them apart with words`;
  } else if (!grouped && !PLAIN.test(written)) {
    digits.problem =
      `\`${written}\` is not a well-formed number (expected digits grouped by threes, ` +
      `like \`120,000\`, and one decimal point)`;
  } else if (significant(plain) > MAX_DIGITS || !Number.isFinite(value)) {
    digits.problem =
      `\`${written}\` has more significant digits than the check can compare exactly ` +
      `(${MAX_DIGITS})`;
  }
  return digits;
}

function isInteger(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

function significant(plain: string): number {
  return plain.replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length;
}
