/**
 * Whether the claim around a callout's number says what the source's sentence says around the
 * number it matches: the same change (or none), the same denial, the same period, the same
 * anchor in time. Each difference is one problem, named for its finding code.
 */
import type { NumberExpr } from "../numbers/read.ts";
import type { Frame } from "./frame.ts";
import { NARROWS_A_YEAR, OPTIONAL_PERIODS, type Anchor, type Role } from "./words.ts";

export type ClaimCode = "claim-direction" | "claim-negation" | "claim-period" | "claim-time-anchor";

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

/** Every way the page's frame of `callout` says more than, or other than, the source's. */
export function compareFrames(
  page: Frame,
  source: Frame,
  callout: NumberExpr,
  match: NumberExpr,
): ClaimProblem[] {
  const problems: ClaimProblem[] = [];
  if (page.direction && page.direction !== source.direction)
    problems.push({
      code: "claim-direction",
      page: `it ${page.direction === "rise" ? "rose" : "fell"}`,
      source: source.direction
        ? `it ${source.direction === "rise" ? "rose" : "fell"}`
        : "no change at all",
    });
  else if (page.direction && page.role && source.role && page.role !== source.role)
    problems.push({
      code: "claim-direction",
      page: `\`${callout.text}\` is ${ROLE_WORDS[page.role]}`,
      source: `it is ${ROLE_WORDS[source.role]}`,
    });
  if (page.negated !== source.negated)
    problems.push({
      code: "claim-negation",
      page: page.negated ? "it is not so" : "it is so",
      source: source.negated ? "it is not so" : "it is so, with no negation",
    });
  const added = page.periods.filter((p) => !source.periods.includes(p));
  const dropped = source.periods.filter(
    (p) => !page.periods.includes(p) && !OPTIONAL_PERIODS.has(p),
  );
  if (added.length > 0 || dropped.length > 0)
    problems.push({
      code: "claim-period",
      page: page.periods.length ? `it counts ${periodWords(page.periods)}` : "no period",
      source: source.periods.length ? `it counts ${periodWords(source.periods)}` : "no period",
    });
  if (DATED.has(callout.kind) && !anchorsAgree(spanned(page, callout), spanned(source, match)))
    problems.push({
      code: "claim-time-anchor",
      page: anchorWords(page.anchor),
      source: anchorWords(source.anchor),
    });
  return problems;
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
    ((p === "since" || p === "between") && s === "in" && source.startsChange)
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
