/**
 * Who a sentence says a figure comes from: the names after "according to" ("According to
 * international auditor KPMG, …") and before "says" ("Prakash Menon of NIIT says …"). A name is
 * its capitalised words; the source must name the same near the quote.
 */

// "According to the Dalian Bureau of Science and Technology (Intellectual Property Office), …"
const ACCORDING = /\baccording to\s+([^,;:.!?()]{1,120})/giu;
// "Zhang says", "Prakash Menon of NIIT said", "KPMG estimates".
const SAYS =
  /((?:\p{Lu}[\p{L}’'-]*\s+)(?:(?:of|at|from|the|and|for)\s+|\p{Lu}[\p{L}’'-]*\s+)*)(?:says|said|estimates|estimated|reports|reported|told)\b/gu;
// "Andrew Zhang Qing, managing partner of Deloitte Dalian office, said…": a speaker with a title.
const TITLED_SPEAKER =
  /(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*),[^.;:“”"]{1,80},\s+(?:says|said)\b/gu;
// "…,” says Walter Fang, former vice president…": a speaker named after the verb.
const SAID_BY = /\b(?:says|said|adds|added)\s+((?:\p{Lu}[\p{L}’'-]*\s*)+)/gu;
const NAME_WORD = /\p{Lu}[\p{L}\p{N}’'-]*/gu;
// Capitalised words that open a sentence or a phrase, not a name.
const NOT_NAMES = new Set([
  "The",
  "A",
  "An",
  "According",
  "In",
  "By",
  "At",
  "It",
  "He",
  "She",
  "They",
]);

export interface Voices {
  /** Named after "according to": the source must name them beside the figure, in its paragraph. */
  accordingTo: string[];
  /** Named before "says": a source may have named the speaker a paragraph or two before. */
  speakers: string[];
}

/** The name words a clause attributes its claims to, possessives dropped ("China’s" → "China"). */
export function voicesIn(clause: string): Voices {
  const words = (re: RegExp) => [
    ...new Set([...clause.matchAll(re)].flatMap((m) => nameWords(m[1]!))),
  ];
  return { accordingTo: words(ACCORDING), speakers: [...words(SAYS), ...words(SAID_BY)] };
}

// A source's paragraphs are read for each of their quotes: keep their names.
const kept = new Map<string, ReadonlySet<string>>();
const KEPT = 2_000;

function once(key: string, read: () => string[]): ReadonlySet<string> {
  let found = kept.get(key);
  if (!found) {
    found = new Set(read());
    if (kept.size >= KEPT) kept.clear();
    kept.set(key, found);
  }
  return found;
}

/** Every capitalised word of `text`, possessives dropped. */
export function namesIn(text: string): ReadonlySet<string> {
  return once(`n${text}`, () => nameWords(text));
}

/** The name words of everyone `text` quotes ("says Walter Fang", "Zhang said"). */
export function speakersIn(text: string): ReadonlySet<string> {
  return once(`s${text}`, () =>
    [...text.matchAll(SAYS), ...text.matchAll(SAID_BY), ...text.matchAll(TITLED_SPEAKER)].flatMap(
      (m) => nameWords(m[1]!),
    ),
  );
}

function nameWords(text: string): string[] {
  return [...text.matchAll(NAME_WORD)]
    .map((m) => m[0].replace(/[’']s$/u, ""))
    .filter((w) => !NOT_NAMES.has(w));
}
