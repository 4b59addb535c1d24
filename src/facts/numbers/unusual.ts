/**
 * What the reader must see before normalising: NFKC turns `120⁵` into `1205` and `Ⅶ` into `VII`,
 * and some characters split what readers see as one word. Each such stretch is reported as unsure,
 * never read as the plain digits normalising would make of it.
 */
import type { Unsure } from "./result.ts";

const SUPERSCRIPT = "\u00B2\u00B3\u00B9\u2070-\u209F";
const VULGAR = "\u00BC-\u00BE\u2150-\u215F\u2189";
const ROMAN = "\u2160-\u2188";
const ENCLOSED = "\u2460-\u24FF\u2776-\u2793\u3251-\u325F\u32B1-\u32BF";
const CJK_NUMERALS = "〇一二三四五六七八九十百千万亿億兆零两兩壹贰貳叁參肆伍陆陸柒捌玖拾佰仟";
/**
 * Invisible characters normalising keeps (it drops U+200B–U+200D, U+2060, U+FEFF, U+00AD); the
 * combining grapheme joiner U+034F and the variation selectors stand outside the class, where they
 * cannot combine. A variation selector draws nothing between digits or letters ("2\uFE0F2").
 */
const INVISIBLE = "(?:[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C\u180E]|\u034F|[\uFE00-\uFE0F])";

const ANY = new RegExp(
  `[${SUPERSCRIPT}${VULGAR}${ROMAN}${ENCLOSED}${CJK_NUMERALS}]|${INVISIBLE}`,
  "u",
);
const SCAN = new RegExp(
  `(\\d*)([${SUPERSCRIPT}]+)|(\\d+)([${VULGAR}])|([${ROMAN}]+)|([${ENCLOSED}]+)|` +
    `([\\p{Script=Han}]*[${CJK_NUMERALS}][\\p{Script=Han}]*)|` +
    `([\\p{L}\\p{N}]*${INVISIBLE}+[\\p{L}\\p{N}]*)`,
  "gu",
);

/** The stretches of `text` (original offsets) that hold a numeral the reader does not read. */
export function unusualNumerals(text: string): Unsure[] {
  if (!ANY.test(text)) return [];
  const found: Unsure[] = [];
  for (const m of text.matchAll(SCAN)) {
    const [all] = m;
    const reason = reasonFor(m);
    if (reason !== null)
      found.push({ text: all, start: m.index, end: m.index + all.length, reason });
  }
  return found;
}

function reasonFor(m: RegExpMatchArray): string | null {
  const [all, digits, sup, , vulgar, roman, enclosed, han, invisible] = m;
  if (sup !== undefined) {
    // "km²" is a unit; a superscript after digits ("120⁵") is a footnote or a power, never a digit.
    if (digits === "") return null;
    return `\`${all}\` holds the superscript \`${sup}\`, which is no digit of the number (a power or a note?)`;
  }
  if (vulgar !== undefined)
    return `\`${all}\` joins digits and the fraction \`${vulgar}\`; write it with a decimal point`;
  if (roman !== undefined)
    return `\`${roman}\` is a Roman numeral; write the number in digits or words`;
  if (enclosed !== undefined)
    return `\`${enclosed}\` is an enclosed numeral; write the number in digits`;
  if (han !== undefined)
    return `\`${han}\` holds a number in Chinese characters; write it in digits or words`;
  if (invisible !== undefined) {
    if (!/[\p{L}\p{N}]/u.test(invisible)) return null;
    const code = /[^\p{L}\p{N}]/u.exec(invisible)![0].codePointAt(0)!.toString(16).toUpperCase();
    return `\`${invisible}\` holds an invisible character (U+${code.padStart(4, "0")}) that readers do not see`;
  }
  return null;
}

/** Latin look-alikes of Cyrillic and Greek letters, for number words spelled with them. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  о: "o",
  р: "p",
  с: "c",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  һ: "h",
  ӏ: "l",
  ԛ: "q",
  ԝ: "w",
  ο: "o",
  α: "a",
  ν: "v",
  ι: "i",
  κ: "k",
  ρ: "p",
  υ: "u",
  χ: "x",
  ε: "e",
  ϲ: "c",
  ı: "i",
};

/** The word spelled in Latin letters, when it holds Cyrillic or Greek look-alikes; else null. */
export function latinLookalike(lower: string): string | null {
  if (!/\P{ASCII}/u.test(lower)) return null;
  let out = "";
  for (const ch of lower) out += LOOKALIKES[ch] ?? ch;
  return out !== lower && /^[a-z'-]+$/.test(out) ? out : null;
}
