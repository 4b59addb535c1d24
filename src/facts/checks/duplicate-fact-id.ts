/**
 * Each callout on a page has its own id, so that `page#id` lands on one figure, never on a heading.
 */
import type { PageCheck } from "./types.ts";

export const duplicateFactId: PageCheck = {
  codes: ["fact-duplicate-id"],
  check({ file, facts, extracted }, ctx) {
    const seen = new Map<string, number>();
    const headings = new Map(extracted.headings.map((h) => [h.id, h.offset]));
    for (const f of facts) {
      const offset = f.fact.attributeOffsets.id ?? f.fact.start;
      const heading = headings.get(f.id);
      if (heading !== undefined) {
        ctx.report({
          code: "fact-duplicate-id",
          file,
          offset,
          message:
            `Unexpected fact id \`${f.id}\`, the id Astro gives a heading of this page, ` +
            `expected ids unique on the page`,
          hint: "Rename the fact: `page#id` would land on the heading.",
          related: [{ file, offset: heading, message: "the heading with this id" }],
        });
        continue;
      }
      const first = seen.get(f.id);
      if (first === undefined) {
        seen.set(f.id, offset);
        continue;
      }
      ctx.report({
        code: "fact-duplicate-id",
        file,
        offset,
        message: `Unexpected second fact with id \`${f.id}\`, expected ids unique on the page`,
        related: [{ file, offset: first, message: "first fact with this id" }],
      });
    }
  },
};
