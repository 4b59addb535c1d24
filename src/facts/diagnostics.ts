/**
 * One shape for every finding (after vfile-message): where, a stable code, a
 * severity, a one-sentence message, and optional hint, expected/actual and
 * related places. Checks report offsets; lines and columns are computed here,
 * only when reporting.
 */
import { location } from "vfile-location";
import { docsUrl } from "./docs/codes.ts";

export type Severity = "error" | "warning";

export interface Related {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface Finding {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  code: string;
  severity: Severity;
  message: string;
  hint?: string;
  expected?: string[];
  actual?: string;
  /** The site-relative page that explains the code, with a wrong and a right example. */
  url?: string;
  related?: Related[];
}

/** What a check hands to `report`: offsets in a known file. */
export interface FindingInput {
  code: string;
  message: string;
  file: string;
  offset: number;
  endOffset?: number;
  severity?: Severity;
  hint?: string;
  expected?: string[];
  actual?: string;
  related?: { file: string; offset: number; message: string }[];
}

export interface CheckContext {
  report(input: FindingInput): void;
}

/**
 * Collects findings and turns offsets into places. It reads each file's text from `texts`, which
 * its owner fills (a file is registered before anything in it is reported) and keeps; a file's
 * text does not change during one check.
 */
export class Report implements CheckContext {
  readonly findings: Finding[] = [];
  private readonly texts: ReadonlyMap<string, string>;
  private readonly locators = new Map<string, ReturnType<typeof location>>();

  constructor(texts: ReadonlyMap<string, string>) {
    this.texts = texts;
  }

  report(input: FindingInput): void {
    const start = this.place(input.file, input.offset);
    const end = input.endOffset === undefined ? undefined : this.place(input.file, input.endOffset);
    const finding: Finding = {
      file: input.file,
      line: start.line,
      column: start.column,
      code: input.code,
      severity: input.severity ?? "error",
      message: input.message,
    };
    if (end) Object.assign(finding, { endLine: end.line, endColumn: end.column });
    if (input.hint) finding.hint = input.hint;
    const url = docsUrl(input.code);
    if (url) finding.url = url;
    if (input.expected) finding.expected = input.expected;
    if (input.actual) finding.actual = input.actual;
    if (input.related)
      finding.related = input.related.map((r) => ({
        file: r.file,
        ...this.place(r.file, r.offset),
        message: r.message,
      }));
    this.findings.push(finding);
  }

  /** 1-based line and column of an offset; 1:1 when the file is unknown. */
  private place(file: string, offset: number): { line: number; column: number } {
    const text = this.texts.get(file);
    if (text === undefined) return { line: 1, column: 1 };
    let locator = this.locators.get(file);
    if (!locator) {
      locator = location(text);
      this.locators.set(file, locator);
    }
    const point = locator.toPoint(Math.max(0, Math.min(offset, text.length)));
    return point ? { line: point.line, column: point.column } : { line: 1, column: 1 };
  }

  get errorCount(): number {
    return this.findings.filter((f) => f.severity === "error").length;
  }
}
