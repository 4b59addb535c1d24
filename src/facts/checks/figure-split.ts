/**
 * A callout holds its whole figure: a qualifier, currency, scale or unit left
 * just outside the tag ("more than <Fact>US$4.5 billion</Fact>",
 * "<Fact>22</Fact> million") changes what readers see but would not be checked.
 * The words around it are read as readers see them: through emphasis, links, line
 * breaks and string expressions (`*more than* <Fact>…`, `{"more than"} <Fact>…`). A qualifier
 * next to the tag is the figure's own even when the figure inside has one too (`more than
 * <Fact>nearly 1,000</Fact>`) or a determiner stands between (`well over the <Fact>22</Fact>`);
 * so is a hedging verb before a figure that has its own qualifier (`exceeded <Fact>nearly
 * 1,000</Fact>`). A verb before a bare figure is held to the source's qualifier instead
 * (`qualifier-dropped`).
 */
import { readText } from "../numbers/read.ts";
import type { FigureContext } from "../mdx/extract.ts";
import type { FactCheck } from "./types.ts";
import { verbHedgesFigure, type FactResult } from "../resolve.ts";
import type { OutsideHedge } from "../claims/hedge.ts";
import type { CheckContext } from "../diagnostics.ts";

// Enough of the block on each side for any hedge, currency, scale or unit of one figure.
const AROUND = 60;
// The words that join a range's ends, which may stand between two callouts ("from <Fact>2010</Fact>
// to <Fact>2013</Fact>") or before one that holds both ends ("between <Fact>January and …</Fact>").
const LINKS = /\b(?:from|between|to|and|through|until|till)\b|[-–—]/giu;

export const figureSplit: FactCheck = {
  codes: ["figure-split"],
  check(result, ctx) {
    const { file, fact } = result;
    const { context } = fact;
    const from = Math.max(0, context.start - AROUND);
    const window = context.text.slice(from, context.end + AROUND);
    const start = context.start - from;
    const end = context.end - from;
    // A number that reaches outside only into the hedge next to the callout is the hedge's to
    // report (or, for a hedging verb before a bare figure, the source's qualifier to judge).
    const hedge = result.hedge?.hedge;
    const ours = (n: { start: number; end: number }) =>
      hedge !== undefined &&
      (hedge.side === "before"
        ? n.start < start && from + n.start >= hedge.start && n.end <= end
        : n.end > end && from + n.end <= hedge.end && n.start >= start);
    for (const n of readText(window).numbers) {
      if (ours(n)) continue;
      const outside =
        n.start < start && n.end > start
          ? unchecked(context, from + n.start, from + start)
          : n.start < end && n.end > end
            ? unchecked(context, from + end, from + n.end)
            : null;
      if (outside === null || outside === "") continue;
      const seen = n.text.replace(/\s+/g, " ");
      ctx.report({
        code: "figure-split",
        file,
        offset: fact.start,
        endOffset: fact.end,
        message: outsideMessage(`\`${outside.trim()}\``, seen, false),
        hint: `Move \`${outside.trim()}\` into the callout: \`<Fact …>${seen}</Fact>\`.`,
      });
      return;
    }
    reportHedge(result, ctx);
  },
};

/** The figure with the hedge moved inside: `more than 22`, `22 or more`, `650-odd`. */
function inside(hedge: OutsideHedge, figure: string): string {
  if (hedge.side === "before") return `${hedge.phrase} ${figure}`;
  return /^[-+]/.test(hedge.phrase) ? `${figure}${hedge.phrase}` : `${figure} ${hedge.phrase}`;
}

/** A qualifier, or a verb before a qualified figure, that stands against the callout outside it. */
function reportHedge({ file, fact, hedge }: FactResult, ctx: CheckContext): void {
  if (!hedge || verbHedgesFigure(hedge)) return;
  const { hedge: outside, expr } = hedge;
  const { context } = fact;
  const seen = (
    outside.side === "before"
      ? context.text.slice(outside.start, context.start) + expr.text
      : expr.text + context.text.slice(context.end, outside.end)
  ).replace(/\s+/g, " ");
  const what = outside.form === "verb" ? "hedging verb " : "";
  ctx.report({
    code: "figure-split",
    file,
    offset: fact.start,
    endOffset: fact.end,
    message: outsideMessage(`${what}\`${outside.text}\``, seen, expr.qualifier !== null),
    hint:
      expr.qualifier === null
        ? `Move \`${outside.phrase}\` into the callout: \`<Fact …>${inside(outside, expr.text)}</Fact>\`.`
        : `Keep one hedge, inside the callout (the source's or a weaker one), and drop ` +
          `\`${outside.text}\`.`,
  });
}

/** What readers see outside the callout (`shown`) against the figure they read (`seen`). */
function outsideMessage(shown: string, seen: string, twice: boolean): string {
  return (
    `Unexpected ${shown} outside the \`<Fact>\`: readers see the figure \`${seen}\`, ` +
    (twice
      ? "hedged twice, expected one hedge, inside the callout"
      : "expected all of it inside the callout") +
    ", where it is checked"
  );
}

/**
 * What of `[from, to)` of the block is outside every callout and not a range's link word: what a
 * reader sees of the figure that no callout checks.
 */
function unchecked(context: FigureContext, from: number, to: number): string {
  let text = "";
  for (let k = from; k < to; k++)
    if (!context.callouts.some((c) => c.start <= k && k < c.end)) text += context.text[k];
  return text.replace(LINKS, " ").trim();
}
