/**
 * The claim a text makes around one of its numbers: whether it says the quantity rose or fell
 * (and whether the number is where it started, where it ended, or the size of the change),
 * whether the clause denies it or makes it a plan or a report, what period it is counted over,
 * what a year or an event anchors it to, which end a rank counts from, and (on the page) what
 * cause, names and weekday are said beside it. The same reading runs on the page (the callout's
 * clause as readers see it) and on the source (the quote's sentence), so that the two can be
 * compared word for word.
 */
import { MONTHS } from "../numbers/vocabulary.ts";
import { countsPlural } from "../numbers/calendar.ts";
import { clauseAround, sentenceAround, type Span } from "./sentences.ts";
import { voicesIn, type ParagraphVoices, type Voices } from "./attribution.ts";
import {
  ANCHORS,
  BEGINS,
  CAUSE,
  CAUSE_OF,
  CHANGE,
  EVENT_ANCHORS,
  LIST_JOINERS,
  MODAL,
  RANK_ENDS,
  CHANGE_AFTER,
  CHANGE_MODIFIERS,
  CHANGE_NOUNS,
  EVENT_OPENERS,
  NEGATORS,
  NOT_A_RATE,
  NOT_NEGATING,
  PERIODS,
  ROLE_WORDS,
  UP_DOWN,
  WEEKDAYS,
  type Anchor,
  type Direction,
  type Role,
} from "./words.ts";

export interface Frame {
  direction: Direction | null;
  /** Where the number stands in the change; null when no change is said. */
  role: Role | null;
  /** A negator governs the number in its clause ("not", "never", "no longer", "…, but not"). */
  negated: boolean;
  /** The clause makes the number a plan, forecast, possibility, past habit or report. */
  modal: boolean;
  /** Canonical periods said next to the number (`year`, `month`, `year-on-year`, `total`…). */
  periods: string[];
  /** What the words just before the number anchor it to ("since", "by the end of"), or null. */
  anchor: Anchor | null;
  /**
   * The year dates where a change started ("up from US$8.65 billion in 2010"): it may be said
   * `in` or `since`.
   */
  startsChange: boolean;
  /**
   * (Source) The change the next sentence opens with ("…when there were only about 20 staff.
   * The office has since expanded to over 200."): a page may say the number is where it started.
   */
  changeNext: Direction | null;
  /** (Source) A verb of a beginning comes before the number in its clause ("set up … in 2002"). */
  begins: boolean;
  /** (Page) A verb of a beginning, or another number, stands anywhere else in the clause. */
  beginSaid: boolean;
  otherNumbers: boolean;
  /** (Page) The clause says a change anywhere ("Since 2010, revenue has risen"). */
  changeSaid: boolean;
  /**
   * What the words after the number anchor it to, when that is not a year or date of its own
   * ("increased five-fold since the deal", "before the deal"), or null.
   */
  eventAnchor: Anchor | null;
  /** For a rank, which end it counts from: `14th largest` is `top`, `14th smallest` `bottom`. */
  rankFrom: "top" | "bottom" | null;
  /** (Page) The day of the week said just before the number ("Sunday, 16 July 2017"), Sunday = 0. */
  weekday: number | null;
  /** (Source) The sentence gives a cause ("because", "thanks to", ", so"). */
  cause: boolean;
  /** (Page) The clause gives a cause for what the figure counts ("because of the acquisition"). */
  causeOf: string | null;
  /** (Page) The names the clause attributes its claim to ("according to KPMG", "Zhang says"). */
  voices: Voices;
  /**
   * For a source, whom its paragraph names and quotes (see claims/attribution.ts): read only
   * when a page names someone, which few do.
   */
  paragraph?: () => ParagraphVoices;
  /** The clause read, for messages. */
  clause: string;
}

interface Word {
  text: string;
  start: number;
  number: boolean;
  /** Punctuation stands between this word and the next one nearer the number. */
  apart: boolean;
  /** The text between this word and the next one nearer the number. */
  gap: string;
  /** Inside brackets opened after the number ("135 billion renminbi (US$21.7 billion)"). */
  bracketed: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;
// How far from the number each reading looks, in words.
const WORDS_READ = 12;
const REACH = 160;
// After the number, a change word followed by these says where the change ended.
const CHANGE_FROM = new Set(["from", "on", "over"]);
const COMPARING = new Set(["than", "as", "compared", "with", "what"]);
const CHANGE_REACH = 8;
// A denial before the number may govern a verb some words back ("was not supplying the market
// with an extra 10,000"); after it, only the words next to it.
const NEGATION_REACH = 8;
const NEGATION_AFTER = 6;
const MODAL_REACH = 6;
const PERIOD_AFTER = 8;
const PERIOD_BEFORE = 4;
// A change word beyond these is said of another comparison ("more than"; "fell short of 1,000": a
// figure missed, not a fall).
const NOT_THIS_CHANGE = new Set(["than", "short"]);
// Beyond these, a change word says how the number's time compares with another ("improved
// compared to five years ago"): the number is where the change is measured from.
const REFERENCE = new Set(["compared", "comparison", "against", "versus", "vs", "relative"]);
// Words that may stand between the items of a list of numbers ("38.6 per cent and 25.6 per
// cent"): units and scales, which the reader has already taken with the number.
const LIST_UNITS = new Set(["per", "cent", "percent", "%", "billion", "million", "thousand"]);

/**
 * The frame of the number at `[start, end)` of `text`. Some readings serve one side only (the
 * page's names and causes, the source's next sentence): the other side gets them empty.
 */
export function frameOf(text: string, start: number, end: number, side: Side): Frame {
  const sentence = sentenceAround(text, start, end);
  const clause = clauseAround(text, sentence, start, end);
  // No reading looks further than a dozen words from the number.
  const nearest = wordsIn(text, { start: Math.max(clause.start, start - REACH), end: start }, "end")
    .reverse()
    .slice(0, WORDS_READ);
  // The second item of "an increase of 38.6 per cent and 25.6 per cent" shares the first's words.
  const before = pastList(nearest);
  const after = wordsIn(
    text,
    { start: end, end: Math.min(clause.end, end + REACH) },
    "start",
  ).slice(0, WORDS_READ);
  const { direction, role } = change(before, after);
  const clauseText = text.slice(clause.start, clause.end);
  const frame: Frame = {
    direction,
    role,
    negated: negated(before) || negatedAfter(after, text.slice(clause.end, sentence.end)),
    modal: modal(text, before),
    periods: periods(before, after),
    ...anchor(before, after),
    changeSaid: false,
    begins: false,
    beginSaid: false,
    otherNumbers: false,
    changeNext: null,
    eventAnchor: eventAnchor(after),
    rankFrom: RANK_ENDS[after[0]?.text ?? ""] ?? null,
    weekday: null,
    cause: false,
    causeOf: null,
    voices: { accordingTo: [], speakers: [] },
    clause: clauseText.trim(),
  };
  if (side === "source")
    return {
      ...frame,
      begins: before.some(
        (w, k) => BEGINS.has(w.text) || (w.text === "set" && before[k - 1]?.text === "up"),
      ),
      changeNext: changeNext(text, sentence.end),
      cause: CAUSE.test(text.slice(sentence.start, sentence.end)),
    };
  const said = clauseText.toLowerCase().match(WORD) ?? [];
  return {
    ...frame,
    changeSaid: said.some((w) => CHANGE[w] !== undefined),
    beginSaid: said.some((w, k) => BEGINS.has(w) || (w === "set" && said[k + 1] === "up")),
    otherNumbers: /\p{N}/u.test(text.slice(clause.start, start) + text.slice(end, clause.end)),
    weekday: WEEKDAYS[nearest[0]?.text ?? ""] ?? null,
    causeOf: CAUSE_OF.exec(clauseText)?.[0] ?? null,
    voices: voicesIn(clauseText),
  };
}

/** Which text a frame is read from: the page's callout or the source's quote. */
export type Side = "page" | "source";

/** The first change word of the sentence that starts at `from`, within its first words. */
function changeNext(text: string, from: number): Direction | null {
  if (from >= text.length) return null;
  const next = sentenceAround(text, from, from);
  const words = wordsIn(text, next, "start").slice(0, CHANGE_REACH);
  for (const word of words) if (CHANGE[word.text]) return CHANGE[word.text]!;
  return null;
}

/**
 * The words before a number with the earlier items of its list left out: for "25.6" in "an
 * increase of 38.6 per cent and 25.6", the words before "38.6". A list is numbers joined by
 * "and", "or" or commas, with nothing but units between.
 */
function pastList(before: Word[]): Word[] {
  let words = before;
  for (;;) {
    const item = words.findIndex((w) => w.number);
    if (item < 1 || item > 4) return words;
    const between = words.slice(0, item);
    const joined = LIST_JOINERS.has(between[0]!.text) || between.some((w) => w.apart);
    const onlyUnits = between.every((w) => LIST_JOINERS.has(w.text) || LIST_UNITS.has(w.text));
    if (!joined || !onlyUnits) return words;
    words = words.slice(item + 1);
  }
}

/** The words of `span`, in reading order; `toward` says which side the number is on. */
function wordsIn(text: string, span: Span, toward: "end" | "start"): Word[] {
  const body = text.slice(span.start, span.end);
  const matches = [...body.matchAll(WORD)];
  let depth = 0;
  let counted = 0;
  return matches.map((m, k) => {
    for (; counted < m.index; counted++)
      depth += body[counted] === "(" ? 1 : body[counted] === ")" ? -1 : 0;
    const near = toward === "end" ? matches[k + 1] : matches[k - 1];
    const gap =
      toward === "end"
        ? text.slice(span.start + m.index + m[0].length, near ? span.start + near.index : span.end)
        : text.slice(
            near ? span.start + near.index + near[0].length : span.start,
            span.start + m.index,
          );
    return {
      text: m[0].toLowerCase().replaceAll("’", "'"),
      start: span.start + m.index,
      number: /\p{N}/u.test(m[0]),
      apart: /[,;:()[\]]/.test(gap),
      gap,
      bracketed: depth > 0,
    };
  });
}

/** Direction and role, from the words before the number (nearest first) and after it. */
function change(before: Word[], after: Word[]): { direction: Direction | null; role: Role | null } {
  const near = before[0]?.text ?? "";
  const next = before[1]?.text ?? "";
  const role: Role | null = ROLE_WORDS[near] ?? null;
  // "up 41%", "up from 15th", "down to 20".
  if (UP_DOWN[near]) return { direction: UP_DOWN[near], role: "by" };
  if (role && UP_DOWN[next]) return { direction: UP_DOWN[next], role };
  let reference = false;
  for (const word of before.slice(0, CHANGE_REACH)) {
    if (NOT_THIS_CHANGE.has(word.text)) break;
    if (REFERENCE.has(word.text)) reference = true;
    // "rose from X in 2010 to Y": a start or end point looks past the other numbers.
    if (word.number && role !== "to" && role !== "from") break;
    const direction = CHANGE[word.text];
    // "has improved compared to five years ago": the number is what the change is measured from.
    if (direction && reference) return { direction, role: "from" };
    // "grew 41%", "an increase of 41%": without "to" or "from", the size of the change.
    if (direction) return { direction, role: role ?? "by" };
    // "Revenue, which fell in the crisis, stood at…": a change behind a comma is another claim;
    // but "fell last year, to X" goes on with the same one.
    if (word.apart && !(role && word === before[1])) break;
  }
  // "US$21.7 billion last year, up from US$8.65 billion": the number is where the change ended
  // (and so is its equivalent in brackets beside it).
  for (const [k, word] of after.entries()) {
    if (word.number && !word.bracketed) break;
    const direction = UP_DOWN[word.text] ?? CHANGE[word.text];
    // "…, up from", "…, a loss on the year before", "an increase over 2010", "US$1.79 billion, a
    // year-on-year increase of 41 per cent".
    const next = after[k + 1]?.text ?? "";
    if (direction && (CHANGE_FROM.has(next) || (next === "of" && appositive(after, k))))
      return { direction, role: "to" };
  }
  // "41% higher", "a 41% year-on-year decrease", "a 41 per cent slump"; but in "US$1.8 billion,
  // up 41%" the change is the next number's.
  const modifiers = after.findIndex((w) => !CHANGE_MODIFIERS.has(w.text));
  const noun = after[modifiers];
  const following =
    noun && !noun.apart
      ? (CHANGE_AFTER[noun.text] ?? (CHANGE_NOUNS.has(noun.text) ? CHANGE[noun.text] : undefined))
      : undefined;
  if (following && !after[modifiers + 1]?.number) return { direction: following, role: "by" };
  return { direction: null, role: null };
}

/** Whether `after[k]` ends ", a year-on-year increase": a change set beside the number. */
function appositive(after: Word[], k: number): boolean {
  return (
    CHANGE_NOUNS.has(after[k]!.text) &&
    after[0]!.apart &&
    (after[0]!.text === "a" || after[0]!.text === "an") &&
    after.slice(1, k).every((w) => CHANGE_MODIFIERS.has(w.text))
  );
}

function negated(before: Word[]): boolean {
  // "Not all are local: nearly half are foreign-owned" denies another clause than the figure's.
  const stop = before.findIndex((w) => w.apart && /[:;]/.test(w.gap));
  const near = before.slice(0, stop < 0 ? NEGATION_REACH : Math.min(stop, NEGATION_REACH));
  for (const [k, word] of near.entries()) {
    if (word.number) return false;
    const pair = `${word.text} ${before[k - 1]?.text ?? ""}`;
    if (NOT_NEGATING.has(pair) || NOT_NEGATING.has(`${pair} ${before[k - 2]?.text ?? ""}`))
      continue;
    const earlier = `${before[k + 1]?.text ?? ""} ${word.text}`;
    if (NEGATORS.has(word.text) || NEGATORS.has(earlier) || /n't$/.test(word.text)) return true;
  }
  return false;
}

/**
 * A time the words after the number anchor it to, when the number is not a time itself:
 * "increased five-fold since the deal", "before 2010". Only an anchor word followed by a
 * determiner or a number counts ("since the deal", not "since graduating").
 */
function eventAnchor(after: Word[]): Anchor | null {
  for (const [k, word] of after.slice(0, PERIOD_AFTER).entries()) {
    if (word.apart || word.number) break;
    const anchor = EVENT_ANCHORS[word.text];
    const next = after[k + 1];
    // "five times larger than before the deal", "five times what it was before the deal": the
    // time compared with, not an anchor.
    if (anchor && after.slice(Math.max(0, k - 3), k).some((w) => COMPARING.has(w.text))) continue;
    if (anchor && next && !next.apart && (next.number || EVENT_OPENERS.has(next.text)))
      return anchor;
  }
  return null;
}

/** A modal word among the words before the number, in its clause, up to another number. */
function modal(text: string, before: Word[]): boolean {
  const near = before.slice(0, MODAL_REACH);
  for (const [k, word] of near.entries()) {
    if (word.number) return false;
    const pair = `${before[k + 1]?.text ?? ""} ${word.text}`;
    if (MODAL.has(pair)) return true;
    if (!MODAL.has(word.text)) continue;
    if (word.text === "may" && text.startsWith("May", word.start)) continue;
    return true;
  }
  return false;
}

/**
 * A denial after the number: in its clause, up to the first punctuation ("70,000 students were
 * not trained", "… without any outsourcing"), or a clause that begins "but not" and so denies
 * the same claim ("…, but not in software skills programs").
 */
function negatedAfter(after: Word[], rest: string): boolean {
  const near = unbroken(after.slice(0, NEGATION_AFTER));
  // "41%, without saying for which value" tells how the source put it, not what it denies.
  const denies = (w: Word, k: number) =>
    (NEGATORS.has(w.text) || /n't$/.test(w.text)) &&
    !NOT_NEGATING.has(`${w.text} ${near[k + 1]?.text ?? ""}`) &&
    !(w.text === "without" && /ing$/.test(near[k + 1]?.text ?? ""));
  if (near.some(denies)) return true;
  return /^[\s,]*(?:but|yet)\s+(?:not|never|no|none)\b(?!\s+(?:only|just|least)\b)/iu.test(rest);
}

/**
 * Periods said next to the number, with no punctuation between: "70,000 students trained each
 * year", "a year-on-year increase of 41 per cent", but not the "each year" of another figure in
 * "each year, across 22 universities".
 */
// The words a period phrase can start with ("each", "per", "a", "annual"…), "for" ("for each")
// among them: any other word starts none.
const PERIOD_STARTS = new Set([...Object.keys(PERIODS).map((p) => p.split(" ")[0]!), "for"]);

function periods(before: Word[], after: Word[]): string[] {
  const found = new Set<string>();
  const read = (words: Word[]) => {
    for (let k = 0; k < words.length; k++) {
      const one = words[k]!.text;
      if (!PERIOD_STARTS.has(one)) continue;
      const two = `${one} ${words[k + 1]?.text ?? ""}`;
      const three = `${two} ${words[k + 2]?.text ?? ""}`;
      const four = `${three} ${words[k + 3]?.text ?? ""}`;
      for (const [phrase, size] of [
        [four, 4],
        [three, 3],
        [two, 2],
        [one, 1],
      ] as const) {
        const period = PERIODS[phrase];
        if (period === undefined) continue;
        if (
          (phrase === "a year" || phrase === "a quarter") &&
          NOT_A_RATE.has(words[k + 2]?.text ?? "")
        )
          continue;
        // "an annual increase of 41%" compares with the year before, as "year on year" does.
        const yearly =
          size === 1 && period === "year" && CHANGE_NOUNS.has(words[k + 1]?.text ?? "");
        found.add(yearly ? "year-on-year" : period);
        k += size - 1;
        break;
      }
      // "per company", "for each graduate": a rate over something other than time.
      const next = words[k + 1]?.text;
      if (next && (one === "per" || two === "for each" || two === "for every")) {
        const noun = one === "per" ? next : words[k + 2]?.text;
        if (noun && PERIODS[`per ${noun}`] === undefined) found.add(`per ${noun}`);
      }
    }
  };
  read(unbroken(after.slice(0, PERIOD_AFTER)));
  // "Dalian's universities each train 70,000 students": a count for each of them.
  for (const [k, word] of before.slice(0, PERIOD_BEFORE).entries()) {
    const owner = before[k + 1]?.text ?? "";
    const next = before[k - 1]?.text ?? "";
    if (word.text === "each" && countsPlural(owner) && !PERIODS[`each ${next}`])
      found.add(`per ${owner.replace(/ies$/, "y").replace(/s$/, "")}`);
  }
  // "70,000 students each year across 22 universities": period words that follow another
  // number closely are that number's.
  const stop = before.findIndex((w) => w.apart || w.number);
  if (stop < 0 || !before[stop]!.number || stop > PERIOD_BEFORE + 1)
    read(unbroken(before.slice(0, PERIOD_BEFORE)).reverse());
  return [...found].sort();
}

/** The words nearest the number, up to the first punctuation or other number. */
function unbroken(words: Word[]): Word[] {
  const end = words.findIndex((w) => w.apart || w.number);
  return end < 0 ? words : words.slice(0, end);
}

/**
 * The longest anchoring phrase that ends just before the number ("by the end of", "since"). "From
 * January to October" spans the months as "between January and October" does. A year that dates
 * where a change started ("up from US$8.65 billion in 2010") is where it runs from.
 */
function anchor(before: Word[], after: Word[]): { anchor: Anchor | null; startsChange: boolean } {
  let found: Anchor | null = null;
  for (const size of [4, 3, 2, 1]) {
    const phrase = before
      .slice(0, size)
      .reverse()
      .map((w) => w.text)
      .join(" ");
    found = ANCHORS[phrase] ?? null;
    if (found) break;
  }
  // "January to October 2012", "2013 to 2016": a span, when a time follows the link.
  const next = after[1]?.text ?? "";
  const spans =
    ["to", "through", "until", "and"].includes(after[0]?.text ?? "") &&
    (/^\d{4}$/.test(next) || MONTHS[next] !== undefined);
  if (spans && (found === null || found === "in" || found === "since" || found === "between"))
    return { anchor: "between", startsChange: false };
  if (found !== "in") return { anchor: found, startsChange: false };
  const earlier = before.slice(1, 6);
  const from = earlier.findIndex((w) => w.text === "from");
  return { anchor: "in", startsChange: from > 0 && earlier.slice(0, from).some((w) => w.number) };
}
