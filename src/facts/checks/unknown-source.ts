/** A callout names a source that exists. */
import { didYouMean } from "../suggest.ts";
import type { FactCheck } from "./types.ts";

export const unknownSource: FactCheck = {
  codes: ["unknown-source"],
  check({ file, fact, source }, ctx, env) {
    const id = fact.attributes.source;
    if (id === undefined || id === "" || source) return;
    const suggestion = didYouMean(id, env.sourceIds);
    ctx.report({
      code: "unknown-source",
      file,
      offset: fact.attributeOffsets.source ?? fact.start,
      message:
        `Unexpected source \`${id}\`, expected one of ` +
        `${env.sourceIds.map((s) => `\`${s}\``).join(", ") || "the sources in `sources/`"}`,
      hint:
        suggestion ||
        "Name a folder of `sources/`; `npm run add-source` makes one for a new source.",
    });
  },
};
