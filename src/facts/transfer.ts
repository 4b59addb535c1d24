/**
 * A check's result as bytes, so that a project can be checked on one thread
 * and rendered on another. V8's structured clone keeps shared objects shared
 * (a fact's source is the very one in `sources`, a page's facts are those in
 * `facts`); the report, a class, travels as its findings and file texts.
 */
import { deserialize, serialize } from "node:v8";
import { Report } from "./diagnostics.ts";
import type { CheckResult } from "./run.ts";

export function encodeResult({ report, ...rest }: CheckResult): Uint8Array {
  return serialize({ ...rest, findings: report.findings, texts: report.texts });
}

export function decodeResult(bytes: Uint8Array): CheckResult {
  const { findings, texts, ...rest } = deserialize(bytes) as Omit<CheckResult, "report"> & Pick<Report, "findings" | "texts">;
  const report = new Report();
  for (const [file, text] of texts) report.addFile(file, text);
  report.findings.push(...findings);
  return { report, ...rest };
}
