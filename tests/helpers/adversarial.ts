/**
 * What the adversarial suites share: the checker over the real sources, a callout written
 * against a real passage, and the errors one page of MDX gets.
 */
import { describe, expect, it } from "vitest";
import { checkPages, loadSources, newRun, prepareSources } from "../../src/facts/index.ts";

const sources = prepareSources(await loadSources(process.cwd()), newRun());
export const G = 'source="great-leap-forward"';
export const B = 'source="back-office-hub"';

/** A callout citing `quote` of the feature article. */
export const fact = (quote: string, figure: string, extra = "") =>
  `<Fact ${G} quote="${quote}"${extra}>${figure}</Fact>`;

/** One family of misstatement: callouts that must be refused, and faithful ones that must pass. */
export interface Case {
  family: string;
  wrong: string[];
  right: string[];
}

/** The error findings of one page holding `mdx`, as `code: message`. */
export function errors(mdx: string): string[] {
  const page = { path: "content/adversarial.mdx", text: `---\ntitle: A\n---\n\n${mdx}\n` };
  return checkPages([page], sources, newRun())
    .report.findings.filter((f) => f.severity === "error")
    .map((f) => `${f.code}: ${f.message}`);
}

/** Runs each family's wrong and right callouts as tests. */
export function runFamilies(cases: Case[]): void {
  describe("misstatements, family by family", () => {
    for (const { family, wrong, right } of cases) {
      it.each(wrong)(`refuses ${family}: %s`, (mdx) => {
        expect(errors(mdx)).not.toEqual([]);
      });
      it.each(right)(`accepts ${family} written faithfully: %s`, (mdx) => {
        expect(errors(mdx)).toEqual([]);
      });
    }
  });
}
