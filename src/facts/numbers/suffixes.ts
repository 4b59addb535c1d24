/**
 * Reads what follows a numeric core: ordinal and decade endings, times,
 * day-month dates, ranges, "-fold", scale words, percent, currency and units.
 */
import type { Token } from "./tokenize.ts";
import type { Core } from "./core.ts";
import type { NumberKind } from "./read.ts";
import { compilePhrases, matchPhrase } from "./phrases.ts";
import {
  ATTACHED_ONLY_SCALES,
  CURRENCY_SUFFIXES,
  MONTHS,
  PERCENT_SUFFIXES,
  SCALES,
  UNIT_SUFFIXES,
} from "./lexicon.ts";

export interface Suffixed {
  /** Null when the core is not a figure after all (a lone "one"). */
  kind: NumberKind | null;
  value: number;
  to: number | null;
  unit: string | null;
  date: string | null;
  scale: number;
  /** Index of the token after the expression. */
  end: number;
  unsure?: string;
}

const SCALE_PHRASES = compilePhrases(SCALES);
const PERCENT_PHRASES = compilePhrases(Object.fromEntries(PERCENT_SUFFIXES.map((p) => [p, "%"])));
const CURRENCY_PHRASES = compilePhrases(CURRENCY_SUFFIXES);
const UNIT_PHRASES = compilePhrases(UNIT_SUFFIXES);
const ORDINAL_ENDINGS = new Set(["st", "nd", "rd", "th"]);

export function readSuffixes(tokens: Token[], core: Core, currency: string | null): Suffixed {
  const plain = { to: null, unit: currency, date: null, scale: 1, end: core.end };
  if (core.fraction) return { ...plain, kind: "fraction", value: core.value };
  if (core.multiple) return { ...plain, kind: "multiple", value: core.value };
  if (core.digits && !core.grouped && core.decimals === 0 && currency === null) {
    const special = readIntegerForms(tokens, core);
    if (special) return special;
  }
  return readQuantity(tokens, core, currency);
}

/** Forms that only a plain integer takes: 14th, 2000s, 4:57pm, 16 July 2017, 2013-16. */
function readIntegerForms(tokens: Token[], core: Core): Suffixed | null {
  const k = core.end;
  const next = tokens[k];
  const v = core.value;
  const base = { to: null, unit: null, date: null, scale: 1 };
  if (next && !next.spaced && next.type === "word" && ORDINAL_ENDINGS.has(next.lower)) {
    return { ...base, kind: "ordinal", value: v, end: k + 1 };
  }
  if (next && !next.spaced && next.lower === "s" && /^\d{3}0$/.test(core.text)) {
    return { ...base, kind: "range", value: v, to: v + 9, end: k + 1 };
  }
  // "½" arrives as "1⁄2" after NFKC: a fraction with the fraction slash (not "/", as in "24/7").
  const over = tokens[k + 1];
  if (
    next?.text === "\u2044" &&
    !next.spaced &&
    over?.type === "num" &&
    !over.spaced &&
    /^\d+$/.test(over.text) &&
    Number(over.text) > 0
  ) {
    return { ...base, kind: "fraction", value: v / Number(over.text), end: k + 2 };
  }
  const time = readTime(tokens, core);
  if (time) return time;
  const date = readDayDate(tokens, core);
  if (date) return date;
  return null;
}

function readTime(tokens: Token[], core: Core): Suffixed | null {
  let k = core.end;
  let minutes = 0;
  let clock = false;
  if (
    tokens[k]?.text === ":" &&
    !tokens[k]!.spaced &&
    /^\d{2}$/.test(tokens[k + 1]?.text ?? "") &&
    !tokens[k + 1]!.spaced
  ) {
    minutes = Number(tokens[k + 1]!.text);
    clock = true;
    k += 2;
  }
  const ampm = tokens[k]?.lower;
  const meridiem = ampm === "am" || ampm === "pm";
  if (!clock && !meridiem) return null;
  if (core.value > (meridiem ? 12 : 23) || minutes > 59) return null;
  const hours = meridiem ? (core.value % 12) + (ampm === "pm" ? 12 : 0) : core.value;
  return {
    kind: "time",
    value: hours * 60 + minutes,
    to: null,
    unit: null,
    date: null,
    scale: 1,
    end: meridiem ? k + 1 : k,
  };
}

/** "16 July", "16 July, 2017", "16 July 2017". */
function readDayDate(tokens: Token[], core: Core): Suffixed | null {
  let k = core.end;
  const month = tokens[k];
  if (!month || !month.spaced || core.value < 1 || core.value > 31 || !/^\p{Lu}/u.test(month.text))
    return null;
  const m = MONTHS[month.lower];
  if (m === undefined) return null;
  k++;
  const dayMonth = `${String(m).padStart(2, "0")}-${String(core.value).padStart(2, "0")}`;
  let at = k;
  if (tokens[at]?.text === ",") at++;
  const year = tokens[at];
  if (year?.type === "num" && /^\d{4}$/.test(year.text)) {
    return {
      kind: "date",
      value: Number(year.text),
      to: null,
      unit: null,
      date: `${year.text}-${dayMonth}`,
      scale: 1,
      end: at + 1,
    };
  }
  return {
    kind: "date",
    value: core.value,
    to: null,
    unit: null,
    date: `--${dayMonth}`,
    scale: 1,
    end: k,
  };
}

/** Ranges, multiples, scales, percent, currency and units. */
function readQuantity(tokens: Token[], core: Core, currency: string | null): Suffixed {
  let k = core.end;
  let to: number | null = null;

  // A range: "2013-16", "10-20 per cent".
  const dash = tokens[k];
  const high = tokens[k + 1];
  if (
    core.digits &&
    dash?.text === "-" &&
    high?.type === "num" &&
    /^\d+(?:\.\d+)?$/.test(high.text)
  ) {
    to = Number(high.text);
    if (/^\d{4}$/.test(core.text) && high.text.length < 4) {
      // "2013-16": the high end shares the low end's century.
      const width = 10 ** high.text.length;
      to = Math.floor(core.value / width) * width + to;
    }
    k += 2;
  }

  // A multiple: "5-fold", "five-fold", "5 times".
  if (tokens[k]?.text === "-" && tokens[k + 1]?.lower === "fold") {
    return {
      kind: "multiple",
      value: core.value,
      to: null,
      unit: null,
      date: null,
      scale: 1,
      end: k + 2,
    };
  }
  if (tokens[k]?.lower === "fold" && !tokens[k]!.spaced) {
    return {
      kind: "multiple",
      value: core.value,
      to: null,
      unit: null,
      date: null,
      scale: 1,
      end: k + 1,
    };
  }
  if (tokens[k]?.lower === "times" && tokens[k]!.spaced && currency === null) {
    return {
      kind: "multiple",
      value: core.value,
      to: null,
      unit: null,
      date: null,
      scale: 1,
      end: k + 1,
    };
  }

  let scale = 1;
  const scaleWord = matchPhrase(tokens, k, SCALE_PHRASES);
  if (
    scaleWord &&
    (!ATTACHED_ONLY_SCALES.has(scaleWord.text.toLowerCase()) || !tokens[k]!.spaced)
  ) {
    scale = scaleWord.value;
    k = scaleWord.end;
  }

  let kind: NumberKind = currency ? "money" : "cardinal";
  let unit: string | null = currency;
  const percent = matchPhrase(tokens, k, PERCENT_PHRASES);
  const suffixCurrency = percent ? null : matchPhrase(tokens, k, CURRENCY_PHRASES);
  // "a 20-year history": a unit may hang on a hyphen.
  const unitAt = tokens[k]?.text === "-" && !tokens[k]!.spaced ? k + 1 : k;
  const suffixUnit = percent || suffixCurrency ? null : matchPhrase(tokens, unitAt, UNIT_PHRASES);
  if (percent) {
    kind = "percent";
    unit = "%";
    k = percent.end;
  } else if (suffixCurrency && currency === null) {
    kind = "money";
    unit = suffixCurrency.value;
    k = suffixCurrency.end;
  } else if (suffixUnit) {
    unit = suffixUnit.value;
    k = suffixUnit.end;
  }
  if (to !== null) kind = "range";

  const after = tokens[k];
  if (core.digits && after && !after.spaced && after.type === "word") {
    return {
      kind,
      value: NaN,
      to,
      unit,
      date: null,
      scale,
      end: k + 1,
      unsure: `\`${core.text}${after.text}\` joins digits and letters in a way the reader does not know`,
    };
  }
  if (core.lone && scale === 1 && !percent && !suffixCurrency && !suffixUnit && currency === null) {
    return { kind: null, value: 1, to: null, unit: null, date: null, scale: 1, end: k };
  }
  return {
    kind,
    value: core.value * scale,
    to: to === null ? null : to * scale,
    unit,
    date: null,
    scale,
    end: k,
  };
}
