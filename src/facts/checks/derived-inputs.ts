/**
 * Each name of a formula is the explicit id of one callout the check accepts, whose figure is one
 * number to compute with.
 */
import { didYouMean } from "../suggest.ts";
import type { DerivedCheck } from "./types.ts";
import { formulaOffset } from "./derived-place.ts";
import { refusedInput } from "./describe.ts";

export const derivedInputs: DerivedCheck = {
  codes: ["derived-unknown-fact", "derived-input-not-a-number", "input-refused"],
  check(result, ctx, env) {
    for (const input of result.inputs) {
      const at = {
        file: result.file,
        offset: formulaOffset(result, input.index),
        endOffset: formulaOffset(result, input.index + input.name.length),
      };
      if (input.ambiguous.length > 0) {
        ctx.report({
          ...at,
          code: "derived-unknown-fact",
          message:
            `Unexpected fact id \`${input.name}\` that names callouts on ` +
            `${input.ambiguous.length} other pages ` +
            `(${input.ambiguous.map((f) => `\`${f}\``).join(", ")}), expected the id of one ` +
            `callout`,
          hint: "Give the callout you mean an id used nowhere else, or place the derived figure on its page.",
        });
      } else if (!input.fact) {
        const suggestion = didYouMean(input.name, env.factIds);
        ctx.report({
          ...at,
          code: "derived-unknown-fact",
          message: `Unexpected fact id \`${input.name}\`, expected the \`id\` of a \`<Fact>\` on this page or another`,
          hint:
            `${suggestion ? `${suggestion} ` : ""}Give the callout an ` +
            `explicit \`id="…"\` and name it in the formula; minus is written with a space ` +
            `on each side.`,
        });
      } else if (input.factRefused) {
        const refusal = env.refusal(input.fact);
        if (!refusal) continue;
        ctx.report({
          ...at,
          code: "input-refused",
          ...refusedInput(input.name, refusal, result.file),
          related: [
            { file: input.fact.file, offset: input.fact.fact.start, message: "the callout" },
          ],
        });
      } else if (input.refused !== null) {
        ctx.report({
          ...at,
          code: "derived-input-not-a-number",
          message:
            `Unexpected fact \`${input.name}\` (\`${input.fact.fact.text}\`) in a formula, ` +
            `expected a callout whose figure is one number: ${input.refused}`,
          related: [
            { file: input.fact.file, offset: input.fact.fact.start, message: "the callout" },
          ],
        });
      }
    }
  },
};
