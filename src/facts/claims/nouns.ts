/**
 * What a count counts: the noun after it ("nearly 650 software companies", "66 Chinese cities"),
 * read past a few modifiers, and looked up in a small table of kinds. Two counts of different
 * kinds ("80,000 employees", "80,000 software companies") say different things. Only nouns the
 * table knows are compared: any other noun, or none, is no evidence either way.
 */
import type { NumberExpr } from "../numbers/read.ts";
import { MONTHS } from "../numbers/vocabulary.ts";
import { countsPlural } from "../numbers/calendar.ts";

/** A counted noun: its family (people, firms, places…) and the kinds it may be (none: any). */
export interface Counted {
  word: string;
  family: string;
  kinds: readonly string[];
}

// Plural nouns only: a count above one names its noun in the plural, and a singular word before
// the noun is a modifier ("company offices", "university students").
const TABLE: Record<string, [family: string, kinds: string[]]> = {};
function nouns(family: string, kinds: string[], words: string): void {
  for (const w of words.split(" ")) TABLE[w] = [family, kinds];
}
nouns("people", [], "people persons individuals");
nouns("people", ["worker"], "employees staff staffers workers personnel jobs engineers");
nouns("people", ["worker"], "professionals developers programmers consultants specialists");
nouns("people", ["student"], "students trainees learners pupils undergraduates");
nouns("people", ["student", "worker"], "graduates alumni");
nouns("people", ["resident"], "inhabitants residents citizens");
nouns("people", ["visitor"], "visitors tourists");
nouns("firms", [], "companies firms enterprises businesses corporations multinationals");
nouns("firms", [], "start-ups startups employers vendors outsourcers");
nouns("sites", [], "offices branches centres centers facilities sites");
nouns("places", ["city"], "cities towns municipalities");
nouns("places", ["country"], "countries nations");
nouns("places", ["province"], "provinces");
nouns("schools", ["college"], "universities colleges institutes academies campuses schools");
nouns("schools", ["park"], "parks zones");
nouns("patents", [], "patents");
nouns("projects", [], "projects");

// What a general word for people ("people", "persons") is made by the verb beside it.
const WORKING = /^(?:employ|hire|hiring|work|job|staff)/;
const LEARNING = /^(?:train|teach|taught|enrol|enroll|stud|educat|learn)/;

// Words that end the run of modifiers before a counted noun: no noun after them is this count's.
const STOP = new Set(
  (
    "a an the of in on at to for from with by and or but as than per each every this that these " +
    "those its their his her our which who whom whose were was are is be been being has have had " +
    "will would can could may might do does did not no nor so such into onto over under about " +
    "up down since until till before after during between across among within without a year " +
    "annually last next now today"
  ).split(" "),
);
const MODIFIERS = 3;
const TOKEN = /\p{L}[\p{L}'’-]*|[^\s\p{L}]/gu;

/**
 * The noun that the number ending at `end` of `text` counts, if the table knows it: read past up
 * to three modifiers ("some 80,000 employees", "nearly 650 software companies"), never past
 * punctuation or a function word. `start` is where the number begins, to read a verb before it.
 */
export function countedNoun(text: string, start: number, end: number): Counted | null {
  const tokens = [...text.slice(end, end + 80).matchAll(TOKEN)].map((m) => m[0]);
  // "80,000 of the park's employees": the noun after `of` is the one counted.
  const of =
    tokens[0]?.toLowerCase() === "of" ? (OWNERS.has(tokens[1]?.toLowerCase() ?? "") ? 2 : 1) : 0;
  let modifiers = 0;
  for (const [k, token] of tokens.entries()) {
    if (k < of) continue;
    if (!/^\p{L}/u.test(token)) return null;
    const word = token.toLowerCase();
    const known = TABLE[word];
    if (known) {
      const [family, kinds] = known;
      const counted = { word, family, kinds };
      return family === "people" && kinds.length === 0
        ? (peopleBy(text, start, tokens[k + 1]) ?? counted)
        : counted;
    }
    if (STOP.has(word) || ++modifiers > MODIFIERS) return null;
  }
  return null;
}

const OWNERS = new Set(["the", "its", "their", "these", "those", "our"]);
// Between a noun and the figure it names: "software companies numbered 80,000", "| Companies | 80,000 |".
const NAMING = new Set(
  "was were is are number numbered numbering totalled totaled totalling totaling reached stood at came to of".split(
    " ",
  ),
);

/**
 * The noun a figure counts when it stands before it: "the number of companies was 80,000",
 * "software companies: 80,000", a table row's header cell. Read only where no noun follows.
 */
export function nounBefore(text: string, start: number): Counted | null {
  const tokens = [...text.slice(Math.max(0, start - 60), start).matchAll(TOKEN)]
    .map((m) => m[0])
    .reverse();
  let skipped = 0;
  for (const token of tokens) {
    const word = token.toLowerCase();
    const known = TABLE[word];
    if (known) return { word, family: known[0], kinds: known[1] };
    if (!(/^[;:]$/.test(token) || NAMING.has(word)) || ++skipped > 3) return null;
  }
  return null;
}

/** "employs 12,000 people", "12,000 people employed": people made workers, or students, by a verb. */
function peopleBy(text: string, start: number, next: string | undefined): Counted | null {
  const before = [...text.slice(Math.max(0, start - 40), start).matchAll(/\p{L}+/gu)]
    .slice(-3)
    .map((m) => m[0].toLowerCase());
  const verbs = [...before, next?.toLowerCase() ?? ""];
  const kind = verbs.some((w) => WORKING.test(w))
    ? "worker"
    : verbs.some((w) => LEARNING.test(w))
      ? "student"
      : null;
  return kind ? { word: "people", family: "people", kinds: [kind] } : null;
}

/** Whether two counted nouns may name one thing: one family, and a kind in common (or any). */
export function sameThing(a: Counted, b: Counted): boolean {
  if (a.family !== b.family) return false;
  if (a.kinds.length === 0 || b.kinds.length === 0) return true;
  return a.kinds.some((k) => b.kinds.includes(k));
}

/**
 * The noun a number that ends its clause counts, by ellipsis, from the count before it: "when
 * there were only about 20 staff. The office has since expanded to over 200." `numbers` are the
 * text's numbers, in order.
 */
export function elidedNoun(
  text: string,
  number: NumberExpr,
  numbers: NumberExpr[],
): Counted | null {
  if (!/^\s*(?:[.;,!?)]|$)/.test(text.slice(number.end, number.end + 3))) return null;
  const earlier = numbers.filter(
    (n) => n.end <= number.start && number.start - n.end < 300 && n.kind === number.kind,
  );
  const previous = earlier.at(-1);
  return previous ? countedNoun(text, previous.start, previous.end) : null;
}

// Words before four digits that make them a year whatever follows ("in 2008 students…"), or that
// make a plural after them the year's ("its 2012 revenues", "Neusoft’s 2012 results").
const YEAR_BEFORE = new Set(
  (
    "in since from by until till before after during of between and the year early mid late " +
    "its their his her our this that these those whose a an"
  ).split(" "),
);

/**
 * Whether four digits read as a year count something where they stand, as the number reader
 * reads them with the words after the tag: a noun the table knows follows, past its modifiers
 * ("2012 service-outsourcing enterprises", "2002 people"), or a plural right after ("2008
 * delegates"); and no word before makes them a year ("in 2008 students", "its 2012 revenues").
 */
export function countsAsNoun(text: string, start: number, end: number): boolean {
  const before = /(\p{L}+(?:['’]s)?)\W*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  if (before && (YEAR_BEFORE.has(before.toLowerCase()) || /['’]s$/.test(before))) return false;
  if (countedNoun(text, start, end) !== null) return true;
  // "2013 outsourcing destinations": a plural within a few words, past words that modify it.
  const words =
    /^(?: [\p{Ll}-]+){1,3}/u
      .exec(text.slice(end, end + 60))?.[0]
      .trim()
      .split(" ") ?? [];
  for (const word of words) {
    if (countsPlural(word)) return true;
    if (NOT_MODIFIERS.has(word)) return false;
  }
  return false;
}

// Words after a number that end the phrase it heads: a verb or a preposition, not a modifier.
const NOT_MODIFIERS = new Set(
  "in on at of for to from by with and or was were is are has have had be been as than that".split(
    " ",
  ),
);

// Capitalised words before a number that do not name it: a sentence's first word, a month.
const NOT_NAMES = new Set([
  ...Object.keys(MONTHS),
  ...[
    "in",
    "by",
    "since",
    "from",
    "until",
    "before",
    "after",
    "during",
    "of",
    "the",
    "some",
    "about",
    "around",
    "nearly",
    "almost",
    "over",
    "under",
    "more",
    "less",
    "fewer",
    "only",
    "just",
    "and",
    "or",
    "to",
    "at",
    "on",
    "with",
    "for",
    "than",
    "up",
    "down",
    "top",
    "no",
    "not",
  ],
]);

/**
 * The name a number is part of, when a capitalised word stands right before it inside a
 * sentence ("Global 500 enterprises", "Fortune 500"): a name counts nothing.
 */
export function nameBefore(text: string, start: number): string | null {
  const m = /(?:^|[^\p{L}])(\p{Lu}[\p{L}]*) $/u.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return null;
  const word = m[1]!;
  if (NOT_NAMES.has(word.toLowerCase())) return null;
  const at = start - word.length - 1;
  // A sentence's first word is capitalised whatever it is.
  if (/(?:^|[.!?:]["”’)]*\s+|["“‘(]\s*)$/u.test(text.slice(Math.max(0, at - 4), at))) return null;
  return word;
}
