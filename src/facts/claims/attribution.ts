/**
 * Who a sentence says a figure comes from: the names after "according to" ("According to
 * international auditor KPMG, …") and before "says" ("Prakash Menon of NIIT says …"). A name is
 * its capitalised words; the source must name the same near the quote.
 */

// "According to the Dalian Bureau of Science and Technology (Intellectual Property Office), …"
const ACCORDING = /\baccording to\s+([^,;:.!?()]{1,120})/giu;
// "Zhang says", "Prakash Menon of NIIT said", "KPMG estimates".
const CAPITALISED = String.raw`\p{Lu}[\p{L}’'-]*\s+`;
const SAYS = new RegExp(
  String.raw`((?:${CAPITALISED})(?:(?:of|at|from|the|and|for)\s+|${CAPITALISED})*)` +
    String.raw`(?:says|said|estimates|estimated|reports|reported|told)\b`,
  "gu",
);
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

/** Whom a source's paragraph names and quotes, and whom the paragraphs before it quoted. */
export interface ParagraphVoices {
  /** Every name in the paragraph. */
  named: ReadonlySet<string>;
  /** Who the paragraph quotes by name ("says Xia Deren"). */
  speakers: ReadonlySet<string>;
  /** The paragraph holds a quotation: someone's words, not the author's. */
  quotation: boolean;
  /** Who the paragraphs just before it quote, and every name they hold. */
  speakersEarlier: ReadonlySet<string>;
  namedEarlier: ReadonlySet<string>;
}

/** The voices of `paragraph`, with `earlier` the text of the paragraphs just before it. */
export function paragraphVoices(paragraph: string, earlier: string): ParagraphVoices {
  return {
    named: new Set(nameWords(paragraph)),
    speakers: speakersIn(paragraph),
    quotation: /[“”"]/u.test(paragraph),
    speakersEarlier: speakersIn(earlier),
    namedEarlier: new Set(nameWords(earlier)),
  };
}

/** The name words of everyone `text` quotes ("says Walter Fang", "Zhang said"). */
function speakersIn(text: string): ReadonlySet<string> {
  return new Set(
    [...text.matchAll(SAYS), ...text.matchAll(SAID_BY), ...text.matchAll(TITLED_SPEAKER)].flatMap(
      (m) => nameWords(m[1]!),
    ),
  );
}

/** The names of `voices` that the source's paragraph does not give for its quote. */
export function unnamedVoices(voices: Voices, source: ParagraphVoices): string[] {
  // A name the quote's paragraph gives is the source's. A paragraph of someone's words that does
  // not name its speaker ("…,” he says) goes on quoting the one named a paragraph or two before.
  const continues = source.quotation && source.speakers.size === 0;
  return [
    ...voices.accordingTo.filter(
      (name) => !source.named.has(name) && !(continues && source.speakersEarlier.has(name)),
    ),
    ...voices.speakers.filter(
      (name) =>
        !source.named.has(name) &&
        !(continues && (source.speakersEarlier.has(name) || source.namedEarlier.has(name))),
    ),
  ];
}

function nameWords(text: string): string[] {
  return [...text.matchAll(NAME_WORD)]
    .map((m) => m[0].replace(/[’']s$/u, ""))
    .filter((w) => !NOT_NAMES.has(w));
}
