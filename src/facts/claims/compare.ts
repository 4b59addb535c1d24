/**
 * Whether the claim around a callout's number says what the source's sentence says around the
 * number it matches: the same change (or none), the same denial, the same period, the same
 * anchor in time. Each difference is one problem, named for its finding code.
 */
import type { NumberExpr } from "../numbers/read.ts";
import { unnamedVoices } from "./attribution.ts";
import type { Frame } from "./frame.ts";
import { NARROWS_A_YEAR, OPTIONAL_PERIODS, type Anchor, type Role } from "./words.ts";

export type ClaimCode =
  | "claim-direction"
  | "claim-negation"
  | "claim-modality"
  | "claim-period"
  | "claim-time-anchor"
  | "claim-attribution"
  | "claim-weekday";

export interface ClaimProblem {
  code: ClaimCode;
  /** What the page says, and what the source says instead, in words for the message. */
  page: string;
  source: string;
}

const ROLE_WORDS: Record<Role, string> = {
  from: "where it started",
  to: "where it ended",
  by: "the size of the change",
};

const DATED = new Set(["year", "date"]);
const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Every way the page's frame of `callout` says more than, or other than, the source's. */
export function compareFrames(
  page: Frame,
  source: Frame,
  callout: NumberExpr,
  match: NumberExpr,
): ClaimProblem[] {
  const problems: ClaimProblem[] = [];
  // A year or a date is when, not how much: the change and period around it are its figure's.
  const dated = DATED.has(callout.kind);
  const change = dated ? null : changeProblem(page, source, callout);
  if (change) problems.push(change);
  if (page.rankFrom && source.rankFrom && page.rankFrom !== source.rankFrom)
    problems.push({
      code: "claim-direction",
      page: `\`${callout.text}\` counts from the ${page.rankFrom}`,
      source: `it counts from the ${source.rankFrom}`,
    });
  if (page.negated !== source.negated)
    problems.push({
      code: "claim-negation",
      page: page.negated ? "it is not so" : "it is so",
      source: source.negated ? "it is not so" : "it is so, with no negation",
    });
  if (page.modal !== source.modal)
    problems.push({
      code: "claim-modality",
      page: page.modal
        ? "it is planned, expected, possible, past or only reported"
        : "it is simply so",
      source: source.modal
        ? "it is planned, expected, possible, past or only reported"
        : "it is simply so",
    });
  const added = page.periods.filter((p) => !source.periods.includes(p));
  const dropped = source.periods.filter(
    (p) => !page.periods.includes(p) && !OPTIONAL_PERIODS.has(p),
  );
  if (!dated && (added.length > 0 || dropped.length > 0))
    problems.push({
      code: "claim-period",
      page: page.periods.length ? `it counts ${periodWords(page.periods)}` : "no period",
      source: source.periods.length ? `it counts ${periodWords(source.periods)}` : "no period",
    });
  const pageSpan = spanned(page, callout);
  const sourceSpan = spanned(source, match);
  if (dated && !anchorsAgree(pageSpan, sourceSpan))
    problems.push({
      code: "claim-time-anchor",
      page: anchorWords(pageSpan.anchor),
      source: anchorWords(sourceSpan.anchor),
    });
  else if (!dated && page.eventAnchor && page.eventAnchor !== source.eventAnchor)
    problems.push({
      code: "claim-time-anchor",
      page: anchorWords(page.eventAnchor),
      source: source.eventAnchor ? anchorWords(source.eventAnchor) : "no time it holds from",
    });
  const weekday =
    callout.date && /^\d{4}-\d\d-\d\d$/.test(callout.date)
      ? new Date(`${callout.date}T00:00:00Z`).getUTCDay()
      : null;
  if (page.weekday !== null && weekday !== null && page.weekday !== weekday)
    problems.push({
      code: "claim-weekday",
      page: `the day was a ${DAY_NAMES[page.weekday]}`,
      source: `${callout.date} was a ${DAY_NAMES[weekday]}`,
    });
  const names = page.voices.accordingTo.length + page.voices.speakers.length > 0;
  const unnamed = names && source.paragraph ? unnamedVoices(page.voices, source.paragraph()) : [];
  if (unnamed.length > 0)
    problems.push({
      code: "claim-attribution",
      page: `it comes from ${unnamed.map((n) => `\`${n}\``).join(", ")}`,
      source: "only whom the source names beside the quote",
    });
  return problems;
}

/** A change the source does not say, or the figure put at another place in it. */
function changeProblem(page: Frame, source: Frame, callout: NumberExpr): ClaimProblem | null {
  // "grew from about 20 staff", where the source gives the 20 and opens its next sentence with
  // the change ("The office has since expanded to over 200").
  const startsNext =
    page.role === "from" && !source.direction && source.changeNext === page.direction;
  if (page.direction && page.direction !== source.direction && !startsNext)
    return {
      code: "claim-direction",
      page: `it ${page.direction === "rise" ? "rose" : "fell"}`,
      source: source.direction
        ? `it ${source.direction === "rise" ? "rose" : "fell"}`
        : "no change at all",
    };
  if (page.direction && page.role && source.role && !rolesAgree(page.role, source.role, callout))
    return {
      code: "claim-direction",
      page: `\`${callout.text}\` is ${ROLE_WORDS[page.role]}`,
      source: `it is ${ROLE_WORDS[source.role]}`,
    };
  return null;
}

/** "grew to five times its size" and "increased five-fold" say one thing: a multiple is both. */
function rolesAgree(page: Role, source: Role, callout: NumberExpr): boolean {
  if (page === source) return true;
  return callout.kind === "multiple" && page !== "from" && source !== "from";
}

/** A range of years or dates is a span whichever word opens it ("from", "between") or none. */
function spanned(frame: Frame, n: NumberExpr): Frame {
  const opens = frame.anchor === "since" || frame.anchor === "between" || frame.anchor === "in";
  return n.to !== null && (opens || frame.anchor === null)
    ? { ...frame, anchor: "between" }
    : frame;
}

/**
 * The page may keep the source's anchor, say "in" a year the source narrows to its end, or say
 * "since" (or "from … to") the year a change started from.
 */
function anchorsAgree(page: Frame, source: Frame): boolean {
  const p = page.anchor ?? "in";
  const s = source.anchor ?? "in";
  return (
    p === s ||
    (p === "in" && NARROWS_A_YEAR.has(s)) ||
    // …but only where the page, too, says a change: "Since 2013, Dalian has ranked 14th" says the
    // rank held since then, which the source does not.
    ((p === "since" || p === "between") && s === "in" && source.startsChange && page.changeSaid) ||
    // A thing set up in 2002 has been there since 2002: where the page says no beginning of its own
    // and dates no other figure ("Since 1999 the park has been home to 650 firms" is not so).
    (p === "since" && s === "in" && source.begins && !page.beginSaid && !page.otherNumbers)
  );
}

function periodWords(periods: string[]): string {
  return periods
    .map((p) =>
      p === "year-on-year"
        ? "against the year before"
        : p === "total"
          ? "in total"
          : p === "capita"
            ? "per person"
            : `per ${p}`,
    )
    .join(" and ");
}

const ANCHOR_WORDS: Record<Anchor, string> = {
  in: "the time itself (`in`)",
  before: "a time before it (`before`)",
  until: "a time up to it (`until`)",
  by: "a time by it (`by`)",
  since: "a time from it on (`since`, `from`)",
  between: "a span (`between … and`, `from … to`)",
  after: "a time after it (`after`)",
  start: "its start",
  middle: "its middle",
  end: "its end (`by the end of`)",
};

function anchorWords(anchor: Anchor | null): string {
  return ANCHOR_WORDS[anchor ?? "in"];
}
