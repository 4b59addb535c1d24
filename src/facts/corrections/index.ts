/**
 * The corrections log: where it lives, and its check. An entry says when a page was corrected,
 * what it said, what it says now and why; the site lists every entry on /corrections/ and notes
 * each corrected page.
 */
import type { CheckRun } from "../run.ts";
import { CORRECTION_CHECKS } from "../checks/index.ts";
import { readCorrections, type CorrectionsLog } from "./read.ts";
import type { CorrectionsFile } from "./file.ts";

export { CORRECTIONS_FILE, type CorrectionsFile } from "./file.ts";

/** Every code the log's reading and checks may report. */
export const CORRECTION_CODES: readonly string[] = [
  "correction-invalid",
  ...CORRECTION_CHECKS.flatMap((c) => c.codes),
];

/**
 * Reads and checks the log against the project's pages (their paths, as `PageFile.path`); a
 * project without a log has nothing to check. The log's text is registered with the check's
 * texts, so that findings are placed in it.
 */
export function checkCorrections(
  file: CorrectionsFile | null | undefined,
  pages: readonly string[],
  { report, texts }: CheckRun,
): CorrectionsLog | null {
  if (!file) return null;
  texts.set(file.path, file.text);
  const log = readCorrections(file.path, file.text, report);
  for (const check of CORRECTION_CHECKS) check.check(log, pages, report);
  return log;
}
