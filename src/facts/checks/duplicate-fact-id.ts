/** Each callout on a page has its own id, so that `page#id` lands on one figure. */
import type { PageCheck } from "./types.ts";

export const duplicateFactId: PageCheck = {
  codes: ["fact-duplicate-id"],
  check({ file, facts }, ctx) {
    const seen = new Map<string, number>();
    for (const f of facts) {
      const first = seen.get(f.id);
      if (first === undefined) {
        seen.set(f.id, f.fact.attributeOffsets.id ?? f.fact.start);
        continue;
      }
      ctx.report({ code: "fact-duplicate-id", file, offset: f.fact.attributeOffsets.id ?? f.fact.start, message: `Unexpected second fact with id \`${f.id}\`, expected ids unique on the page`, related: [{ file, offset: first, message: "first fact with this id" }] });
    }
  },
};
