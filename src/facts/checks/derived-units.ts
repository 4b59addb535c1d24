/**
 * A formula combines like with like (never dollars with renminbi), and the figure shows what it
 * computes.
 */
import { nameOf } from "../derived/quantity.ts";
import type { DerivedCheck } from "./types.ts";
import { figurePlace, formulaOffset } from "./derived-place.ts";

export const derivedUnits: DerivedCheck = {
  codes: ["derived-unit-mismatch"],
  check(result, ctx) {
    const { file, refused, verdict, figure } = result;
    if (refused !== null) {
      ctx.report({
        code: "derived-unit-mismatch",
        file,
        offset: formulaOffset(result, 0),
        message:
          `Unexpected formula \`${result.derived.attributes.formula ?? ""}\` that cannot ` +
          `be computed: ${refused}; expected like amounts added, subtracted or divided, ` +
          `and plain numbers as factors`,
        hint: "Currencies are never converted: divide an amount by one in the same currency.",
      });
    } else if (verdict && !verdict.ok && verdict.problem === "measure" && figure && result.result) {
      ctx.report({
        code: "derived-unit-mismatch",
        file,
        ...figurePlace(result),
        message:
          `Unexpected ${figure.kind} ` +
          `\`${figure.text}\`${figure.unit ? ` (${figure.unit})` : ""}, expected ` +
          `${nameOf(result.result.measure)} as the formula computes`,
        hint:
          "Amounts divided give a plain number, shown as a multiple (`2.5 times`) or a " +
          "share (`24%`); a difference keeps the unit.",
      });
    }
  },
};
