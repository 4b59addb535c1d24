/**
 * A `<Chart>` draws only checked numbers: its attributes must read, and each
 * mark must be the one checked number of a callout. The build refuses the same
 * charts when it draws them; this check lets `npm run check` say so first.
 */
import { readSpec, type ChartSpec } from "../charts/spec.ts";
import { findFact, resolveMarks, type FactIndex } from "../charts/marks.ts";
import type { FactResult } from "../resolve.ts";
import { didYouMean } from "../suggest.ts";
import type { ChartCheck } from "./types.ts";
import { refusedInput } from "./describe.ts";

export const chart: ChartCheck = {
  codes: ["chart-invalid-attribute", "chart-not-from-checked-facts", "input-refused"],
  check({ file, extracted }, site, ctx, env) {
    // Where a mark links to is the site's business: only the problems matter here.
    const index: FactIndex = {
      file,
      facts: site,
      pageHref: (f) => f,
      contentDir: file.slice(0, file.indexOf("/")),
    };
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
      // A mark that names no callout, or a refused one, is reported for that cause alone; the
      // others are judged as the build would draw them.
      const drawn: Pick<ChartSpec, "marks" | "labels"> = { marks: [], labels: [] };
      read.spec.marks.forEach((ref, k) => {
        const found = findFact(ref, index);
        const refusal = "fact" in found ? env.refusal(found.fact) : undefined;
        if ("problem" in found) {
          const hint = didYouMean(ref, markNames(file, index.contentDir ?? "content", site));
          ctx.report({
            code: "chart-not-from-checked-facts",
            file,
            offset: c.start,
            message: found.problem,
            ...(hint ? { hint } : {}),
          });
        } else if (refusal) {
          ctx.report({
            code: "input-refused",
            file,
            offset: c.start,
            ...refusedInput(ref, refusal, file),
            related: [
              { file: found.fact.file, offset: found.fact.fact.start, message: "the callout" },
            ],
          });
        } else {
          drawn.marks.push(ref);
          drawn.labels.push(read.spec.labels[k] ?? "");
        }
      });
      const resolved = resolveMarks({ ...read.spec, ...drawn }, index);
      if ("problems" in resolved) {
        for (const message of resolved.problems)
          ctx.report({ code: "chart-not-from-checked-facts", file, offset: c.start, message });
      }
    }
  },
};

/** How a chart on `file` names each explicit callout id: `id` on its page, `page#id` elsewhere. */
function markNames(file: string, dir: string, site: readonly FactResult[]): string[] {
  return site.flatMap(({ file: page, fact }) => {
    const id = fact.attributes.id;
    if (id === undefined) return [];
    return [page === file ? id : `${page.slice(dir.length + 1).replace(/\.mdx$/, "")}#${id}`];
  });
}
