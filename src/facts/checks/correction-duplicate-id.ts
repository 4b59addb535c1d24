/**
 * Each correction has its own id: `/corrections/#id` lands on one entry, and the site's
 * collection would keep only the last of two entries with one id.
 */
import type { CorrectionCheck } from "./types.ts";

export const correctionDuplicateId: CorrectionCheck = {
  codes: ["correction-duplicate-id"],
  check({ file, entries }, _pages, ctx) {
    const seen = new Map<string, number>();
    for (const { correction, fields } of entries) {
      const first = seen.get(correction.id);
      if (first === undefined) {
        seen.set(correction.id, fields.id.start);
        continue;
      }
      ctx.report({
        code: "correction-duplicate-id",
        file,
        offset: fields.id.start,
        endOffset: fields.id.end,
        message: `Unexpected correction id \`${correction.id}\` a second time, expected ids unique in the log`,
        hint: "Give each entry an id of its own; a published id is never renamed.",
        related: [{ file, offset: first, message: "the first entry with this id" }],
      });
    }
  },
};
