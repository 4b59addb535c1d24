/**
 * A year that dates another callout's figure ("<Fact>US$21.7 billion</Fact> in <Fact>2012</Fact>")
 * is a year that figure's source gives it: in the figure's source sentence, or, where that
 * sentence says no time at all, in a sentence beside it. A year quoted from another passage, or
 * pinned on a figure that the source dates only "last year" or "now", is refused
 * (claims/dating.ts).
 */
import { borrowedSubject, datedBy, datesAround, givesYear, yearsOf } from "../claims/dating.ts";
import type { FactResult } from "../resolve.ts";
import type { PageCheck } from "./types.ts";
import { figureRange } from "./describe.ts";

export const claimBorrowedYear: PageCheck = {
  codes: ["claim-borrowed-year"],
  check({ file, facts }, ctx) {
    for (const year of facts) {
      const { context } = year.fact;
      const others = figures(
        facts.filter((f) => f !== year && f.fact.context.text === context.text),
      );
      for (const { expr, verdict } of year.numbers) {
        const years = verdict.ok ? yearsOf(verdict.match) : [];
        if (years.length === 0) continue;
        const span = { start: context.start + expr.start, end: context.start + expr.end };
        const subject = subjectOf(year, span);
        if (subject) {
          ctx.report({
            code: "claim-borrowed-year",
            file,
            ...figureRange(year.fact, expr),
            message:
              `Unexpected \`${expr.text}\` said of \`${subject}\`, expected what the quote's ` +
              `passage dates: the source names \`${subject}\` elsewhere, not there`,
            actual: expr.text,
            expected: [],
            hint:
              "Date a name with a year its own passage gives it: cite the passage that says when " +
              `${subject} did it.`,
          });
          continue;
        }
        for (const k of datedBy(context.text, span, others)) {
          const figure = others[k]!;
          const dated = datesAround(figure.sourceText, figure.match.start, figure.match.end);
          if (years.some((y) => givesYear(dated, y))) continue;
          const said = [...dated.relative, ...dated.years.map(String)];
          ctx.report({
            code: "claim-borrowed-year",
            file,
            ...figureRange(year.fact, expr),
            message:
              `Unexpected \`${expr.text}\` dating \`${figure.text}\`, expected a time its source ` +
              `gives it (${said.length ? said.map((w) => `\`${w}\``).join(", ") : "none"})`,
            actual: expr.text,
            expected: said,
            hint:
              "Date a figure as its own source does; a year quoted from another passage, or put " +
              "for `last year` or `now`, says what no source says.",
          });
        }
      }
    }
  },
};

/** The other callouts' matched figures that are no year, where they stand in the block. */
function figures(facts: FactResult[]) {
  return facts.flatMap((f) => {
    const passage = f.location?.passage;
    if (!passage) return [];
    return f.numbers.flatMap(({ expr, verdict }) =>
      verdict.ok && verdict.match.kind !== "year" && verdict.match.kind !== "date"
        ? [
            {
              start: f.fact.context.start + expr.start,
              end: f.fact.context.start + expr.end,
              text: expr.text,
              match: verdict.match,
              sourceText: passage.blockText.block.text,
            },
          ]
        : [],
    );
  });
}

/** The name the page dates with the year, when the year's source passage does not name it. */
function subjectOf(year: FactResult, span: { start: number; end: number }): string | null {
  const block = year.location?.passage?.blockText.block;
  const blocks = year.source?.blocks;
  if (!block || !blocks) return null;
  const at = blocks.findIndex((b) => b.anchor === block.anchor);
  return at < 0 ? null : borrowedSubject(year.fact.context.text, span, blocks, at);
}
