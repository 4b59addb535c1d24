/** A derived figure is its formula's result: exact, or rounded where declared and as declared. */
import type { DerivedCheck } from "./types.ts";
import { figurePlace } from "./derived-place.ts";
import { trim } from "../derived/figure.ts";

export const derivedResult: DerivedCheck = {
  codes: ["derived-result-wrong", "derived-rounding-undeclared", "derived-rounding-wrong"],
  check(result, ctx) {
    const { verdict, figure, exact, derived } = result;
    if (!verdict || verdict.ok || !figure || exact === null) return;
    // An invalid `round` is reported with the attributes; judging the figure without it would only
    // add noise.
    if (derived.attributes.round !== undefined && result.round === null) return;
    const at = {
      file: result.file,
      ...figurePlace(result),
      actual: figure.text,
      expected: [exact],
    };
    const formula = `\`${derived.attributes.formula ?? ""}\``;
    if (verdict.problem === "wrong") {
      ctx.report({
        ...at,
        code: "derived-result-wrong",
        message:
          `Unexpected \`${figure.text}\`, expected what ${formula} computes: ` +
          `\`${exact}\`${result.round === null ? "" : ` rounded to \`${derived.attributes.round ?? ""}\``}`,
        hint: "Check the formula names the right callouts, and show its result.",
      });
    } else if (verdict.problem === "rounding-undeclared") {
      ctx.report({
        ...at,
        code: "derived-rounding-undeclared",
        message:
          `Unexpected rounded figure \`${figure.text}\`, expected \`${exact}\` as ` +
          `${formula} computes it, or a declared precision`,
        hint: `If rounding is meant, add \`round="${trim(verdict.step)}"\` to the \`<Derived>\`.`,
      });
    } else if (verdict.problem === "rounding-wrong") {
      ctx.report({
        ...at,
        code: "derived-rounding-wrong",
        message:
          `Unexpected \`${figure.text}\` for \`${exact}\` rounded to ` +
          `\`${derived.attributes.round ?? ""}\`: ${verdict.detail}`,
        hint: "Round half away from zero, to a power of ten that keeps two significant digits.",
      });
    }
  },
};
