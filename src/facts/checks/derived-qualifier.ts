/**
 * A figure computed from hedged numbers ("nearly 650") is approximate, and
 * says so ("about", "roughly"). A directional hedge ("more than", "nearly")
 * is refused: the check cannot tell which way hedged inputs move a result.
 */
import { relationOf } from "../numbers/qualifiers.ts";
import type { DerivedCheck } from "./types.ts";
import { figurePlace } from "./derived-place.ts";

export const derivedQualifier: DerivedCheck = {
  codes: ["derived-qualifier-wrong"],
  check(result, ctx) {
    const { figure, verdict, inputs } = result;
    if (!figure || !verdict || (!verdict.ok && verdict.problem === "measure")) return;
    const relation = relationOf(figure.qualifier);
    const at = { file: result.file, ...figurePlace(result), actual: figure.text };
    if (relation !== "exact" && relation !== "approx") {
      ctx.report({
        ...at,
        code: "derived-qualifier-wrong",
        message:
          `Unexpected \`${figure.qualifier ?? ""}\` on a derived figure, expected ` +
          `\`about\` or no qualifier: the check cannot prove which way the result leans`,
        hint: `Write \`about ${figure.text.slice((figure.qualifier ?? "").length).trim()}\`.`,
      });
    } else if (relation === "exact" && result.approximate) {
      const hedged = inputs
        .filter((i) => i.approximate)
        .map((i) => `\`${i.fact?.fact.text ?? i.name}\``);
      ctx.report({
        ...at,
        code: "derived-qualifier-wrong",
        message:
          `Unexpected exact figure \`${figure.text}\` computed from hedged ` +
          `${hedged.length === 1 ? "input" : "inputs"} ${hedged.join(", ")}, expected an ` +
          `approximate qualifier such as \`about\``,
        hint: `Write \`about ${figure.text}\`.`,
      });
    }
  },
};
