/** Machine output: the findings as one JSON array. */
import type { Finding } from "../diagnostics.ts";

export function json(findings: readonly Finding[]): string {
  return JSON.stringify(findings, null, 2) + "\n";
}
