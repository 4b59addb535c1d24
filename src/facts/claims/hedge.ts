/**
 * A hedge written next to a callout but outside it belongs to the figure: readers take `*more
 * than* <Fact>nearly 1,000</Fact>` as one figure, `well over the <Fact>22</Fact> universities` as
 * more than 22, `exceeded <Fact>US$1 billion</Fact>` as over US$1 billion. This reads, in the
 * block's text as readers see it, the qualifier phrase or hedging verb that stands against the
 * figure (with at most a determiner between) or the qualifier just after it.
 */
import type { Span } from "./sentences.ts";
import { POST_QUALIFIERS, PRE_QUALIFIERS } from "../numbers/vocabulary.ts";
import type { Relation } from "../numbers/qualifiers.ts";
import { readText } from "../numbers/read.ts";
import {
  AMOUNT_VERBS,
  DETERMINERS,
  HEDGE_ADVERBS,
  HEDGE_VERBS,
  NOT_ACROSS_A_DETERMINER,
  PAST_A_MARK,
} from "./words.ts";

export interface OutsideHedge {
  /** As readers see it, determiner included (`well over the`). */
  text: string;
  /** Its range in the block's text. */
  start: number;
  end: number;
  side: "before" | "after";
  /**
   * A qualifier phrase (`more than`, `or more`) belongs inside the callout; a verb (`exceeded`,
   * `almost reached`) says how the sentence sets the figure, to be held to the source's qualifier.
   */
  form: "qualifier" | "verb";
  /** The phrase itself, lower-cased, without the determiner (`well over`, `almost reached`). */
  phrase: string;
  relation: Relation;
}

// How much of the block each side could hold a hedge: its longest phrase and a determiner.
const REACH = 60;
const QUOTES = `\\s"'“”‘’`;

/** The hedge outside the figure at `figure` of `text`, before it or else after it; null if none. */
export function hedgeAround(
  text: string,
  figure: Span,
  others: readonly Span[],
): OutsideHedge | null {
  const from = Math.max(0, figure.start - REACH, ...ends(others, figure.start));
  const to = Math.min(figure.end + REACH, ...starts(others, figure.end), text.length);
  const mark = MARK.test(text.slice(figure.end, to));
  return hedgeBefore(text, from, figure.start, mark) ?? hedgeAfter(text, figure.end, to, others);
}

function ends(others: readonly Span[], before: number): number[] {
  return others.filter((o) => o.end <= before).map((o) => o.end);
}

function starts(others: readonly Span[], after: number): number[] {
  return others.filter((o) => o.start >= after).map((o) => o.start);
}

const alternatives = (phrases: Iterable<string>) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    // Words of a phrase may stand apart or be hyphenated ("well-over").
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "(?:\\s+|\\s*-\\s*)"))
    .join("|");

const DETERMINER = `(?:\\s+(${alternatives(DETERMINERS)}))?`;
// A verb of threshold, or of amount with an adverb that hedges it, against the figure.
const VERB_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}'’])(?:(${alternatives(Object.keys(HEDGE_ADVERBS))})\\s+)?` +
    `(${alternatives([...Object.keys(HEDGE_VERBS), ...AMOUNT_VERBS, ...PAST_A_MARK])})` +
    `${DETERMINER}[${QUOTES}]*$`,
  "iu",
);
// A threshold named after the figure: "passed the US$1 billion mark".
const MARK = /^\s*(?:mark|level|threshold|barrier|milestone|line)\b/iu;
const QUALIFIER_BEFORE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}'’])|(?=[^\\p{L}]))(${alternatives(Object.keys(PRE_QUALIFIERS))})` +
    `${DETERMINER}[${QUOTES}]*$`,
  "iu",
);
const QUALIFIER_AFTER = new RegExp(
  `^[${QUOTES}]*(?:(,)[${QUOTES}]*|(\\s(?:[\\p{L}'’]+\\s+){1,2}))?` +
    `(${alternatives(Object.keys(POST_QUALIFIERS))})(?![\\p{L}\\p{N}-])`,
  "iu",
);
// After these, a qualifier that also joins ("plus", "or more") joins the figure to another one.
const JOINS_ANOTHER = /^\s*(?:than\b|the\b|an?\b|\p{N})/iu;
// Past the noun it counts, a qualifier is the figure's at the end of its clause or before its
// period ("70,000 students or more each year"), not before another noun ("22 universities or more
// colleges").
const CLAUSE_GOES_ON =
  /^\s*(?:$|[.,;:!?)\]—–]|(?:each|every|per|a|an|in|last|this|across|annually|since)\b)/iu;
const NOT_A_NOUN = new Set([
  ...["and", "or", "but", "nor", "than", "with", "while", "the", "a", "an", "of", "to", "in"],
  ...["on", "at", "by", "for", "from"],
]);

const lower = (s: string) =>
  s
    .toLowerCase()
    .replace(/(?<=\p{L})\s*-\s*(?=\p{L})|\s+/gu, " ")
    .replace(/’/g, "'");

/** The hedge before the figure; `mark` says a threshold noun follows it ("the 1,000 mark"). */
function hedgeBefore(text: string, from: number, to: number, mark: boolean): OutsideHedge | null {
  const left = text.slice(from, to);
  const at = (index: number) => ({ start: from + index, end: to, text: left.slice(index).trim() });
  const verb = VERB_BEFORE.exec(left);
  if (verb) {
    const adverb = verb[1] === undefined ? null : lower(verb[1]);
    const phrase = lower(verb[2] ?? "");
    // "passed 22 laws" is no threshold; "passed the US$1 billion mark" is.
    const passes = !PAST_A_MARK.has(phrase) || (verb[3] !== undefined && mark);
    const relation = passes ? verbRelation(adverb, phrase) : null;
    if (relation !== null) {
      const words = adverb === null ? phrase : `${adverb} ${phrase}`;
      return { ...at(verb.index), side: "before", form: "verb", phrase: words, relation };
    }
  }
  const qualifier = QUALIFIER_BEFORE.exec(left);
  if (!qualifier) return null;
  const phrase = lower(qualifier[1] ?? "");
  if (qualifier[2] !== undefined && NOT_ACROSS_A_DETERMINER.has(phrase)) return null;
  const relation = PRE_QUALIFIERS[phrase];
  if (relation === undefined) return null;
  return { ...at(qualifier.index), side: "before", form: "qualifier", phrase, relation };
}

/** What a verb, hedged or not by an adverb, says of the figure after it; null if it gives it as it is. */
function verbRelation(adverb: string | null, verb: string): Relation | null {
  const threshold = HEDGE_VERBS[verb] ?? (PAST_A_MARK.has(verb) ? "above" : undefined);
  const how = adverb === null ? undefined : HEDGE_ADVERBS[adverb];
  if (threshold === undefined)
    return how === "near" ? "near-below" : how === "approx" ? "approx" : null;
  if (how === "near") return "near-below";
  if (threshold === "above")
    return how === "just" ? "near-above" : how === "well" ? "far-above" : "above";
  if (threshold === "below" && how === "just") return "near-below";
  return threshold;
}

function hedgeAfter(
  text: string,
  from: number,
  to: number,
  others: readonly Span[],
): OutsideHedge | null {
  const right = text.slice(from, to);
  const m = QUALIFIER_AFTER.exec(right);
  if (!m) return null;
  const phrase = lower(m[3] ?? "");
  const relation = POST_QUALIFIERS[phrase];
  if (relation === undefined) return null;
  const end = from + m[0].length;
  const rest = text.slice(end, to);
  const between = m[2] === undefined ? [] : lower(m[2]).trim().split(" ");
  if (between.length > 0) {
    // Only a qualifier that reads as one after a noun: "or more", "or so", "and then some".
    if (!/^(?:or|and|give) /.test(phrase) || between.some((w) => NOT_A_NOUN.has(w))) return null;
    if (!CLAUSE_GOES_ON.test(rest)) return null;
  } else {
    // "<Fact>22</Fact> plus <Fact>10</Fact>", "22 or more than 30": a sum or a second figure.
    const next = readText(rest).numbers[0];
    const joins =
      JOINS_ANOTHER.test(rest) ||
      others.some((o) => o.start >= end && text.slice(end, o.start).trim() === "") ||
      (next !== undefined && rest.slice(0, next.start).trim() === "");
    if (joins) return null;
  }
  const start = end - m[3]!.length;
  return { text: m[3]!, start, end, side: "after", form: "qualifier", phrase, relation };
}
