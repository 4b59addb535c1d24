/**
 * A formula holds numbers, fact ids, `+ - * /` and parentheses, and nothing the check cannot
 * evaluate.
 */
import type { DerivedCheck } from "./types.ts";
import { formulaOffset } from "./derived-place.ts";

export const derivedFormula: DerivedCheck = {
  codes: ["derived-formula-malformed"],
  check(result, ctx) {
    const { formulaError } = result;
    if (!formulaError) return;
    ctx.report({
      code: "derived-formula-malformed",
      file: result.file,
      offset: formulaOffset(result, formulaError.index),
      message:
        `Unexpected formula \`${result.derived.attributes.formula ?? ""}\`: ` +
        `${formulaError.message}; expected numbers, fact ids, \`+ - * /\` and parentheses`,
      hint:
        "A hyphen between letters or digits belongs to a fact id: write minus with a " +
        "space on each side (`revenue-2013 - revenue-2010`).",
    });
  },
};
