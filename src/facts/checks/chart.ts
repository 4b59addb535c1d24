/**
 * A `<Chart>` draws only checked numbers: its attributes must read, and each
 * mark must be the one checked number of a callout. The build refuses the same
 * charts when it draws them; this check lets `npm run check` say so first.
 */
import { readSpec } from "../charts/spec.ts";
import { resolveMarks } from "../charts/marks.ts";
import type { ChartCheck } from "./types.ts";

export const chart: ChartCheck = {
  codes: ["chart-invalid-attribute", "chart-not-from-checked-facts"],
  check({ file, extracted }, site, ctx) {
    for (const c of extracted.charts) {
      const read = readSpec(c.attributes);
      if ("problem" in read) {
        ctx.report({
          code: "chart-invalid-attribute",
          file,
          offset: c.start,
          message: read.problem,
        });
        continue;
      }
      // Where a mark links to is the site's business: only the problems matter here.
      const resolved = resolveMarks(read.spec, {
        file,
        facts: site,
        pageHref: (f) => f,
        contentDir: file.slice(0, file.indexOf("/")),
      });
      if ("problems" in resolved) {
        for (const message of resolved.problems)
          ctx.report({ code: "chart-not-from-checked-facts", file, offset: c.start, message });
      }
    }
  },
};
