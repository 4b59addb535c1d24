/**
 * The words the claim check reads around a figure, in one place: what says a quantity rose or
 * fell, what negates it, what period it is counted over, and what time it is anchored to.
 */
import { table } from "../numbers/vocabulary.ts";
import type { Relation } from "../numbers/qualifiers.ts";

export type Direction = "rise" | "fall";

// Verbs of motion that pass a threshold ("went past 1,000"), and those that stop short of one.
const MOTION = ["went", "gone", "goes", "go", "going", "rose", "risen", "rises", "rising"];
MOTION.push("climbed", "climbs", "climbing", "grew", "grown", "grows", "grow", "growing");
MOTION.push("moved", "pushed", "crept", "edged", "shot", "jumped", "surged", "soared", "got");
MOTION.push("nudged", "inched", "sailed", "blew", "raced", "zoomed", "powered", "pushing");
const SHORT = ["fell", "falls", "fall", "fallen", "falling", "stopped", "stops", "stopping"];
SHORT.push("came", "comes", "coming");

/** Verbs and nouns of change, every inflection written out (no stemming guesses). */
export const CHANGE: Readonly<Record<string, Direction>> = table({
  ...forms("rise", ["rise", "rises", "rose", "risen", "rising"]),
  ...forms("rise", ["grow", "grows", "grew", "grown", "growing", "growth"]),
  ...forms("rise", ["gain", "gains", "gained", "gaining"]),
  ...forms("rise", ["climb", "climbs", "climbed", "climbing"]),
  ...forms("rise", ["jump", "jumps", "jumped", "jumping"]),
  ...forms("rise", ["soar", "soars", "soared", "soaring", "surge", "surges", "surged"]),
  ...forms("rise", ["increase", "increases", "increased", "increasing"]),
  ...forms("rise", ["expand", "expands", "expanded", "expanding", "expansion"]),
  ...forms("rise", ["boost", "boosts", "boosted"]),
  ...forms("rise", ["double", "doubles", "doubled", "doubling", "triple", "tripled"]),
  ...forms("rise", ["upturn", "improve", "improves", "improved", "improving", "improvement"]),
  ...forms("rise", ["quadruple", "quadrupled", "multiply", "multiplied", "multiplies"]),
  ...forms("rise", ["rocket", "rocketed", "skyrocketed", "swell", "swelled", "swollen"]),
  ...forms("rise", ["leapt", "leaped", "balloon", "ballooned", "spike", "spiked"]),
  ...forms("rise", ["hike", "hiked", "uplift", "increment", "upgrade", "upgraded", "rebound"]),
  ...forms("rise", ["rebounded", "recovered", "recovery"]),
  // "an extra 10,000 young professionals": an addition, the size of a rise.
  ...forms("rise", ["extra", "additional"]),
  ...forms("rise", ["widen", "widened", "strengthen", "strengthened", "upswing", "uptick"]),
  ...forms("fall", ["fall", "falls", "fell", "fallen", "falling"]),
  ...forms("fall", ["drop", "drops", "dropped", "dropping"]),
  ...forms("fall", ["decline", "declines", "declined", "declining"]),
  ...forms("fall", ["decrease", "decreases", "decreased", "decreasing"]),
  ...forms("fall", ["shrink", "shrinks", "shrank", "shrunk", "shrinking"]),
  ...forms("fall", ["lose", "loses", "lost", "losing", "loss", "losses"]),
  ...forms("fall", ["cut", "cuts", "cutting", "slash", "slashed", "reduce", "reduced"]),
  ...forms("fall", ["halve", "halves", "halved", "halving"]),
  ...forms("fall", ["slump", "slumped", "plunge", "plunged", "slide", "slid", "sank"]),
  ...forms("fall", ["downturn", "contraction", "shed", "sheds"]),
  ...forms("fall", ["slip", "slips", "slipped", "slipping", "dip", "dips", "dipped", "sink"]),
  ...forms("fall", ["contracted", "sunk", "sinking"]),
  ...forms("fall", ["tumble", "tumbled", "plummet", "plummeted", "collapse", "collapsed"]),
  ...forms("fall", ["dwindle", "dwindled", "diminish", "diminished", "erode", "eroded"]),
  ...forms("fall", ["worsen", "worsened", "deteriorate", "deteriorated", "weaken", "weakened"]),
  ...forms("fall", ["narrowed", "retreated", "downswing"]),
  ...forms("fall", ["haircut", "reduction", "cutback", "shrinkage", "downgrade", "downgraded"]),
});

/**
 * Words just after a figure that make it the size of a change ("41% higher", "a 41% increase");
 * comparatives count only here, since before a figure "more" is mostly another claim.
 */
export const CHANGE_AFTER: Readonly<Record<string, Direction>> = table({
  increase: "rise",
  rise: "rise",
  growth: "rise",
  gain: "rise",
  jump: "rise",
  higher: "rise",
  additional: "rise",
  extra: "rise",
  more: "rise",
  up: "rise",
  drop: "fall",
  fall: "fall",
  decline: "fall",
  decrease: "fall",
  cut: "fall",
  loss: "fall",
  lower: "fall",
  less: "fall",
  fewer: "fall",
  down: "fall",
});

/** The change words that name a change ("a 41% slump"), as opposed to verbs ("41% fell"). */
export const CHANGE_NOUNS = new Set(
  [
    "rise rises growth gain gains jump jumps surge surges increase increases expansion boost",
    "upturn improvement upswing uptick spike fall falls drop drops decline declines decrease",
    "decreases loss losses cut cuts slump plunge slide downturn contraction dip collapse",
    "downswing retreat haircut reduction cutback shrinkage downgrade hike uplift increment",
    "upgrade rebound recovery",
  ]
    .join(" ")
    .split(" "),
);

/** Words that may stand between a figure and its change noun ("41% year-on-year decrease"). */
export const CHANGE_MODIFIERS = new Set([
  "annual",
  "yearly",
  "year-on-year",
  "month-on-month",
  "quarterly",
  "sharp",
  "steep",
  "further",
  "overall",
  "slight",
  "modest",
  "strong",
  "significant",
  "dramatic",
  "total",
  "net",
]);

/** "up" and "down" say a change only next to the figure ("up 41%", "up from 15th"). */
export const UP_DOWN: Readonly<Record<string, Direction>> = table({ up: "rise", down: "fall" });

/** Where a figure stands in a change: where it started, where it ended, or by how much. */
export type Role = "from" | "to" | "by";

export const ROLE_WORDS: Readonly<Record<string, Role>> = table({
  from: "from",
  to: "to",
  at: "to",
  // "grew past 200", "rose above US$1 billion": where it ended, hedged.
  past: "to",
  beyond: "to",
  above: "to",
  by: "by",
  of: "by",
});

/** Words and phrases that deny what follows; idioms that do not ("not only") are listed apart. */
export const NEGATORS = new Set([
  "not",
  "never",
  "no",
  "none",
  "neither",
  "nor",
  "without",
  "cannot",
  "nobody",
  "no one",
  "nothing",
  "no longer",
  "far from",
  "hardly",
  "barely",
  // Predicates that deny the clause they govern ("It is false that…", "failed to train…").
  "false",
  "untrue",
  "failed",
  "fails",
  "fail",
  "unable",
  "myth",
  "incorrect",
  "denied",
  "denies",
  "refuted",
  "disproved",
]);
export const NOT_NEGATING = new Set([
  "not only",
  "not just",
  "no doubt",
  "no matter",
  "not least",
  "not to mention",
  "not to speak",
]);

/** Periods a figure is counted over, as canonical names; a rate is per year, month, week or day. */
export const PERIODS: Readonly<Record<string, string>> = table({
  "each year": "year",
  "every year": "year",
  "a year": "year",
  "per year": "year",
  "per annum": "year",
  annually: "year",
  annual: "year",
  yearly: "year",
  "each month": "month",
  "every month": "month",
  "a month": "month",
  "per month": "month",
  monthly: "month",
  "each week": "week",
  "every week": "week",
  "a week": "week",
  "per week": "week",
  weekly: "week",
  "each day": "day",
  "every day": "day",
  "a day": "day",
  "per day": "day",
  daily: "day",
  "each quarter": "quarter",
  "a quarter": "quarter",
  "every quarter": "quarter",
  "per quarter": "quarter",
  quarterly: "quarter",
  "per capita": "capita",
  "per person": "capita",
  "per head": "capita",
  "year on year": "year-on-year",
  "on the year before": "year-on-year",
  "on the previous year": "year-on-year",
  "over the previous year": "year-on-year",
  "on a year earlier": "year-on-year",
  "on the previous month": "month-on-month",
  "on the month before": "month-on-month",
  "over the previous month": "month-on-month",
  "on the previous quarter": "quarter-on-quarter",
  "on the quarter before": "quarter-on-quarter",
  "year-on-year": "year-on-year",
  "month on month": "month-on-month",
  "month-on-month": "month-on-month",
  "quarter on quarter": "quarter-on-quarter",
  "quarter-on-quarter": "quarter-on-quarter",
  "in total": "total",
  "in all": "total",
  altogether: "total",
});

/** Periods that may be left out, saying less: a total, a comparison with the year before. */
export const OPTIONAL_PERIODS = new Set(["total", "year-on-year"]);

/** After "a year", these make it a time ("a year ago"), not a rate; "a quarter of" is a share. */
export const NOT_A_RATE = new Set(["ago", "earlier", "later", "before", "after", "since", "of"]);

/** What a year or date is anchored to ("by the end of 2012", "since 2010", "before 1999"). */
export type Anchor =
  "in" | "between" | "before" | "until" | "by" | "since" | "after" | "start" | "middle" | "end";

export const ANCHORS: Readonly<Record<string, Anchor>> = table({
  in: "in",
  during: "in",
  of: "in",
  for: "in",
  before: "before",
  "prior to": "before",
  "ahead of": "before",
  until: "until",
  till: "until",
  "up to": "until",
  "up until": "until",
  through: "until",
  by: "by",
  "no later than": "by",
  since: "since",
  from: "since",
  "starting in": "since",
  "beginning in": "since",
  "as of": "since",
  after: "after",
  between: "between",
  "the start of": "start",
  "the beginning of": "start",
  "the middle of": "middle",
  "the end of": "end",
  "by the end of": "end",
  "at the end of": "end",
  "at the start of": "start",
  "at the beginning of": "start",
});

/** After a figure that is not a time, what anchors it to an event ("since the deal"). */
export const EVENT_ANCHORS: Readonly<Record<string, Anchor>> = table({
  since: "since",
  before: "before",
  after: "after",
  until: "until",
  till: "until",
});

/** Words that open the name of an event after an anchor ("since the deal", "before its merger"). */
export const EVENT_OPENERS = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "this",
  "that",
  "his",
  "her",
]);

/** Joins the items of a list of numbers ("38.6 per cent and 25.6 per cent"). */
export const LIST_JOINERS = new Set(["and", "or"]);

/**
 * Words that make a figure a plan, a forecast, a possibility or a thing of the past rather than
 * a fact of now ("will train", "is expected to rise", "plans to", "used to train"). "may" counts
 * only in lower case: "May 2012" is a month.
 */
export const MODAL = new Set([
  "will",
  "would",
  "could",
  "might",
  "may",
  "should",
  "shall",
  "expected",
  "expects",
  "forecast",
  "forecasts",
  "projected",
  "predicted",
  "planned",
  "plans",
  "plan",
  "aims",
  "aim",
  "aiming",
  "hopes",
  "hope",
  "hoping",
  "target",
  "targets",
  "targeted",
  "likely",
  "unlikely",
  "possibly",
  "perhaps",
  "maybe",
  "intends",
  "wants",
  "used to",
  "set to",
  "is to",
  "are to",
  "going to",
  // Hedges on the claim itself: the source only reports it, the page may not vouch for it.
  "apparently",
  "reportedly",
  "allegedly",
  "reputedly",
  "supposedly",
  "seemingly",
  "purportedly",
]);

/** Which end a rank counts from: the 14th largest is counted from the top. */
export const RANK_ENDS: Readonly<Record<string, "top" | "bottom">> = table({
  largest: "top",
  biggest: "top",
  greatest: "top",
  highest: "top",
  most: "top",
  best: "top",
  top: "top",
  leading: "top",
  richest: "top",
  smallest: "bottom",
  lowest: "bottom",
  least: "bottom",
  fewest: "bottom",
  worst: "bottom",
  bottom: "bottom",
  poorest: "bottom",
});

/**
 * Words that make one thing the cause of another. "so" counts as a conjunction only ("…, so
 * 90 per cent…"), not in "so far" or "so-called".
 */
export const CAUSE = new RegExp(
  `\\b(?:${[
    "because",
    "thanks to",
    "due to",
    "owing to",
    "as a result",
    "therefore",
    "hence",
    "thus",
    "consequently",
    "which is why",
    "that is why",
    "leads? to",
    "led to",
    "leading to",
    "results? in",
    "resulted in",
    "resulting in",
    "caused",
    "causes",
    "causing",
    "drove",
    "drives",
    "driven by",
    "fuell?ed by",
  ].join("|")})\\b|(?:^|[,;]\\s*)so\\b(?!\\s+(?:far|much|many|called|that|on|too)\\b|-)`,
  "iu",
);

/**
 * Causes said of what a figure counts, in its own clause ("grown five-fold because of the
 * acquisition"): a claim about the world even with one callout, where "so" may be the site's
 * own reasoning.
 */
export const CAUSE_OF =
  /\b(?:because of|thanks to|due to|owing to|as a result of|driven by|fuell?ed by|on the back of)\b/iu;

/** Days of the week, Sunday first (as `Date.prototype.getUTCDay` counts them). */
export const WEEKDAYS: Readonly<Record<string, number>> = table(
  Object.fromEntries(
    ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"].flatMap(
      (day, k) => [
        [day, k],
        [day.slice(0, 3), k],
      ],
    ),
  ),
);

/**
 * Verbs of a beginning: a thing set up "in 2002" has been there "since 2002" (the page may say
 * either). "set" counts with "up".
 */
export const BEGINS = new Set([
  ...["founded", "established", "opened", "launched", "started", "began", "begun", "created"],
  ...["joined", "entered", "arrived", "built", "introduced", "incorporated"],
]);

/** Anchors that a plain "in" may stand for, saying less ("in 2012" for "by the end of 2012"). */
export const NARROWS_A_YEAR = new Set<Anchor>(["start", "middle", "end"]);

/**
 * Verbs that set a figure against a threshold, and where they put it: "exceeded 1,000" is more than
 * 1,000, "fell short of 1,000" less. Beside a bare figure one says what a qualifier would, and is
 * held to the source's qualifier.
 */
export const HEDGE_VERBS: Readonly<Record<string, Relation>> = table({
  ...same("above", ["exceed", "exceeds", "exceeded", "surpass", "surpasses", "surpassed"]),
  ...same("above", ["surpassing", "tops", "topped", "topping", "outstrip", "outstrips"]),
  ...same("above", ["outstripped", "outnumber", "outnumbers", "outnumbered", "bettered"]),
  ...same("above", ["broke through", "broken through", "breaks through", "break through"]),
  ...same("above", ["eclipsed", "eclipses", "overtook", "overtaken", "outpaced", "crossed"]),
  ...same("above", ["cleared", "bested"]),
  ...same("above", phrases(MOTION, ["past", "beyond", "above"])),
  ...same("near-below", ["approach", "approaches", "approached", "approaching", "neared"]),
  ...same("near-below", ["nears", "nearing", "closing in on", "closed in on"]),
  ...same("near-below", phrases(["came", "come", "comes", "coming"], ["close to"])),
  ...same("below", phrases(SHORT, ["short of", "well short of", "far short of"])),
  ...same("near-below", phrases(SHORT, ["just short of", "slightly short of"])),
  ...same("near-below", phrases(SHORT, ["a little short of", "narrowly short of"])),
  // "did not reach" and "never reached" are denials, read as such (`claim-negation`).
  ...same("below", ["failed to reach", "fails to reach", "failed to hit", "fell below"]),
});

/** Verbs that pass a threshold only when one is named: "passed the US$1 billion mark". */
export const PAST_A_MARK = new Set(["passed", "passes", "broke", "broken", "breaks", "beat"]);

/**
 * Verbs that give a figure as it is ("reached 1,000"), unless an adverb hedges them: "almost
 * reached 1,000" is nearly 1,000.
 */
export const AMOUNT_VERBS = new Set([
  ...["reach", "reached", "reaches", "hit", "hits", "touched", "touches", "totalled", "totaled"],
  ...["totals", "numbered", "numbers", "amounted to", "amounts to", "came to", "comes to"],
  ...["stood at", "stands at", "equalled", "equaled", "equals", "matched", "matches"],
]);

/** Adverbs that hedge a verb of amount or of threshold, by what they make of it. */
export const HEDGE_ADVERBS: Readonly<Record<string, "near" | "approx" | "just" | "well">> = table({
  nearly: "near",
  almost: "near",
  "all but": "near",
  "not quite": "near",
  about: "approx",
  roughly: "approx",
  approximately: "approx",
  "more or less": "approx",
  "just about": "approx",
  just: "just",
  "only just": "just",
  barely: "just",
  narrowly: "just",
  slightly: "just",
  well: "well",
  easily: "well",
  comfortably: "well",
  vastly: "well",
  handily: "well",
});

/** Words that may stand between a hedge and its figure: "well over the 22 universities". */
export const DETERMINERS = ["the", "a", "an", "its", "their", "his", "her", "our", "your"];

/**
 * Qualifiers that, before a determiner, mostly say something else: "over the three years",
 * "about the 22 universities", "close to the park".
 */
export const NOT_ACROSS_A_DETERMINER = new Set([
  ...["over", "under", "above", "below", "about", "around", "some", "early", "mid", "late"],
  ...["circa", "c.", "ca.", "close to", "north of", "south of", "equal to", "up to", "perhaps"],
  ...["maybe", "possibly", "estimated", "exactly", "precisely", "in the region of", "beyond"],
  ...["in the neighbourhood of", "in the neighborhood of", "in the vicinity of", "not far off"],
]);

function same<T>(value: T, words: string[]): Record<string, T> {
  return Object.fromEntries(words.map((w) => [w, value]));
}

function phrases(verbs: string[], tails: string[]): string[] {
  return verbs.flatMap((v) => tails.map((t) => `${v} ${t}`));
}

function forms(direction: Direction, words: string[]): Record<string, Direction> {
  return Object.fromEntries(words.map((w) => [w, direction]));
}
