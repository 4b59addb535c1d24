/** A callout names a source that exists. */
import { closest } from "fastest-levenshtein";
import type { FactCheck } from "./types.ts";

export const unknownSource: FactCheck = {
  codes: ["unknown-source"],
  check({ file, fact, source }, ctx, env) {
    const id = fact.attributes.source;
    if (id === undefined || id === "" || source) return;
    const suggestion = env.sourceIds.length > 0 ? closest(id, [...env.sourceIds]) : null;
    ctx.report({
      code: "unknown-source",
      file,
      offset: fact.attributeOffsets.source ?? fact.start,
      message:
        `Unexpected source \`${id}\`, expected one of ` +
        `${env.sourceIds.map((s) => `\`${s}\``).join(", ") || "the sources in `sources/`"}`,
      ...(suggestion ? { hint: `Did you mean \`${suggestion}\`?` } : {}),
    });
  },
};
