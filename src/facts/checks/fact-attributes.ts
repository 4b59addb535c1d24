/** A callout's attributes: plain strings, the required ones present, each of the expected form. */
import { factAttributesSchema } from "../schemas/fact.ts";
import type { FactCheck } from "./types.ts";

export const factAttributes: FactCheck = {
  // The extractor finds expressions and nested callouts in the figure; they are reported here with the attributes.
  codes: [
    "fact-attribute-expression",
    "fact-unknown-attribute",
    "fact-missing-attribute",
    "fact-empty-quote",
    "fact-invalid-attribute",
    "fact-expression-in-figure",
    "fact-nested",
  ],
  check({ file, fact }, ctx) {
    for (const p of fact.problems)
      ctx.report({ code: p.code, file, offset: p.offset, message: p.message });
    const written = new Set(fact.problems.map((p) => p.attribute));
    const result = factAttributesSchema.safeParse(fact.attributes);
    if (result.success) return;
    for (const issue of result.error.issues) {
      const name = String(issue.path[0] ?? "");
      if (written.has(name) || issue.code === "unrecognized_keys") continue; // already reported above
      const offset = fact.attributeOffsets[name] ?? fact.start;
      if (!(name in fact.attributes)) {
        ctx.report({
          code: "fact-missing-attribute",
          file,
          offset,
          message: `Unexpected \`<Fact>\` without \`${name}\`, expected \`${name}="…"\``,
          hint: 'Write `<Fact source="SOURCE-ID" quote="exact words from the source">figure</Fact>`.',
        });
      } else if (name === "quote") {
        ctx.report({
          code: "fact-empty-quote",
          file,
          offset,
          message:
            "Unexpected empty `quote`, expected the exact words of the source that hold the figure",
        });
      } else {
        ctx.report({
          code: "fact-invalid-attribute",
          file,
          offset,
          message: `Unexpected \`${name}="${fact.attributes[name] ?? ""}"\`, expected ${issue.message}`,
        });
      }
    }
  },
};
