/**
 * Roman numerals in capital letters (`XXII`). The reader does not read them, and a callout or a
 * sentence that states a count with one (`<Fact>XXII</Fact>`, "Dalian has XXII universities")
 * would otherwise show a number that nothing checks. A capital word that is a valid numeral is
 * reported as unsure, and so is one of three or more lower-case letters (`xxii`), except where it is most likely something else: part of a name ("World War
 * II", "Phase IV": after a capitalised word that does not start the sentence), or an abbreviation
 * ("DC", "CV", "MDX"; a two-letter numeral counts only in `I`, `V` and `X`), a word ("mix") or a
 * list's marker ("(iii)").
 */
import type { Unsure } from "./result.ts";

const NUMERAL = /(?<![\p{L}\p{N}'’])(?:[IVXLCDM]{2,}|[ivxlcdm]{3,})(?![\p{L}\p{N}])/gu;
const VALID = /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
// Abbreviations and (in lower case) words that are valid numerals.
const ABBREVIATIONS = new Set([
  ...["CLI", "MDX", "MIX", "DIV", "MCI", "DVI", "CDI", "DCI", "DCC", "CCC", "MMC", "MDC", "CLV"],
  ...["DIX", "LIX", "CIV", "MCM", "DCL", "MDL", "MCL", "CML"],
]);
// The word before, and what stands before it: a name's capitalised word is not the sentence's first.
const BEFORE = /(?:^|([.!?:;]["'”’)]*\s+|\n\s*)|\s)([\p{L}][\p{L}'’.-]*)\s+$/u;

/** The capital Roman numerals of `text` that may state a number. */
export function romanNumerals(text: string): Unsure[] {
  if (!/[IVXLCDM]{2}|[ivxlcdm]{3}/.test(text)) return [];
  const found: Unsure[] = [];
  for (const m of text.matchAll(NUMERAL)) {
    const [word] = m;
    const upper = word.toUpperCase();
    if (!VALID.test(upper) || ABBREVIATIONS.has(upper)) continue;
    if (word.length === 2 && /[LCDM]/.test(word)) continue;
    // A list's marker, "(iii)" or "iii)", numbers the list and states nothing.
    if (word !== upper && (text[m.index - 1] === "(" || text[m.index + word.length] === ")"))
      continue;
    if (inName(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    found.push({
      text: word,
      start: m.index,
      end: m.index + word.length,
      reason: `\`${word}\` is a Roman numeral; write the number in digits or words`,
    });
  }
  return found;
}

/** True when the text before a numeral ends with a name's capitalised word ("World War "). */
function inName(before: string): boolean {
  const m = BEFORE.exec(before);
  if (!m) return false;
  const [, sentenceStart, word = ""] = m;
  const startsSentence = sentenceStart !== undefined || before.trimEnd() === word;
  return /^\p{Lu}/u.test(word) && !/['’]s$/u.test(word) && !startsSentence;
}
