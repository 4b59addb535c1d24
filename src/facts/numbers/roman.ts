/**
 * Roman numerals in letters (`XXII`, `xxii`). The reader does not read them, and a callout or a
 * sentence that states a count with one (`<Fact>XXII</Fact>`, "Dalian has XXII universities")
 * would otherwise show a number that nothing checks. A word that is a valid numeral, in capitals
 * (two letters or more) or in lower case (three or more), is reported as unsure, also when written
 * with full-width letters or Cyrillic or Greek look-alikes (`ХХІІ`); and so is a callout's figure
 * that is one numeral letter (`<Fact>X</Fact>`). Left alone, where it is most likely something else: part
 * of a name ("World War II", "Phase IV": after a capitalised word that does not start the
 * sentence), an abbreviation ("DC", "CV", "MDX"; a two-letter numeral counts only in `I`, `V` and
 * `X`), a word ("mix") or a list's marker ("(iii)").
 */
import type { Unsure } from "./result.ts";

// Latin numeral letters and what reads as them: full-width forms, Cyrillic and Greek capitals.
const LETTERS = "IVXLCDMivxlcdmＩＶＸＬＣＤＭｉｖｘｌｃｄｍІіХхСсМΙΧΜ";
const LOOKALIKES: Readonly<Record<string, string>> = {
  І: "I",
  і: "i",
  Х: "X",
  х: "x",
  С: "C",
  с: "c",
  М: "M",
  Ι: "I",
  Χ: "X",
  Μ: "M",
};
const NUMERAL = new RegExp(`(?<![\\p{L}\\p{N}'’])[${LETTERS}]+(?![\\p{L}\\p{N}])`, "gu");
const ANY = new RegExp(`[${LETTERS}]`, "u");
const VALID = /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
// Abbreviations and (in lower case) words that are valid numerals.
const ABBREVIATIONS = new Set([
  ...["CLI", "MDX", "MIX", "DIV", "MCI", "DVI", "CDI", "DCI", "DCC", "CCC", "MMC", "MDC", "CLV"],
  ...["DIX", "LIX", "CIV", "MCM", "DCL", "MDL", "MCL", "CML"],
]);
// The word before, and what stands before it: a name's capitalised word is not the sentence's first.
const BEFORE = /(?:^|([.!?:;]["'”’)]*\s+|\n\s*)|\s)([\p{L}][\p{L}'’.-]*)\s+$/u;

/** The Roman numerals in letters of `text` that may state a number. */
export function romanNumerals(text: string): Unsure[] {
  if (!ANY.test(text)) return [];
  const found: Unsure[] = [];
  for (const m of text.matchAll(NUMERAL)) {
    const [word] = m;
    const latin = [...word.normalize("NFKC")].map((c) => LOOKALIKES[c] ?? c).join("");
    if (!isNumeral(latin)) continue;
    // A list's marker, "(iii)" or "iii)", numbers the list and states nothing.
    const lower = latin !== latin.toUpperCase();
    if (lower && (text[m.index - 1] === "(" || text[m.index + word.length] === ")")) continue;
    if (inName(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const how = latin === word ? "" : ` written with look-alike letters (\`${latin}\`)`;
    found.push({
      text: word,
      start: m.index,
      end: m.index + word.length,
      reason: `\`${word}\` is a Roman numeral${how}; write the number in digits or words`,
    });
  }
  return found;
}

/**
 * A figure that is one numeral letter (`<Fact>X</Fact>`, not `I`), which in prose would more often
 * be a name or a pronoun.
 */
export function romanFigure(figure: string): Unsure | null {
  const letter = figure.trim();
  if (!/^[VXLCDM]$/.test(letter)) return null;
  const start = figure.indexOf(letter);
  const reason = `\`${letter}\` is a Roman numeral; write the number in digits or words`;
  return { text: letter, start, end: start + 1, reason };
}

/** A valid numeral that reads as one: capitals, or lower case of three letters or more. */
function isNumeral(latin: string): boolean {
  const upper = latin.toUpperCase();
  if (latin.length < 2 || !VALID.test(upper) || ABBREVIATIONS.has(upper)) return false;
  if (latin === upper) return latin.length > 2 || !/[LCDM]/.test(latin);
  return latin === latin.toLowerCase() && latin.length >= 3;
}

/** True when the text before a numeral ends with a name's capitalised word ("World War "). */
function inName(before: string): boolean {
  const m = BEFORE.exec(before);
  if (!m) return false;
  const [, sentenceStart, word = ""] = m;
  const startsSentence = sentenceStart !== undefined || before.trimEnd() === word;
  return /^\p{Lu}/u.test(word) && !/['’]s$/u.test(word) && !startsSentence;
}
