/**
 * A check's result as bytes, so that a project can be checked on one thread
 * and rendered on another. V8's structured clone keeps shared objects shared
 * (a fact's source is the very one in `sources`, a page's facts are those in
 * `facts`); the report, a class, travels as its findings and file texts.
 */
import { deserialize, serialize } from "node:v8";
import { Report, type Finding } from "./diagnostics.ts";
import type { CheckResult } from "./run.ts";
import type { Source } from "./sources/model.ts";

/** A file's text in the report, or where the same text is in a source (V8 copies equal strings twice). */
type Text = string | { source: string; field: SourceField };
type SourceField = "metaText" | "editionText" | "raw";

interface Message extends Omit<CheckResult, "report"> {
  findings: Finding[];
  texts: [file: string, text: Text][];
}

export function encodeResult({ report, ...rest }: CheckResult): Uint8Array {
  const inSources = sourceTexts(rest.sources);
  const texts = [...report.texts].map(([file, text]): [string, Text] => {
    const known = inSources.get(file);
    return [file, known && known.text === text ? known.at : text];
  });
  return serialize({ ...rest, findings: report.findings, texts } satisfies Message);
}

export function decodeResult(bytes: Uint8Array): CheckResult {
  const { findings, texts, ...rest } = deserialize(bytes) as Message;
  const report = new Report();
  for (const [file, text] of texts)
    report.addFile(file, typeof text === "string" ? text : sourceText(rest.sources, text));
  for (const finding of findings) report.findings.push(finding);
  return { report, ...rest };
}

/** Each source file's text by its path, and where it is kept in the source. */
function sourceTexts(
  sources: ReadonlyMap<string, Source>,
): Map<string, { text: string; at: Text }> {
  const out = new Map<string, { text: string; at: Text }>();
  for (const s of sources.values()) {
    const paths: Record<SourceField, string> = {
      metaText: s.files.metaPath,
      editionText: s.files.editionPath,
      raw: s.files.rawPath,
    };
    for (const field of Object.keys(paths) as SourceField[]) {
      const text = textOf(s, field);
      if (text !== null) out.set(paths[field], { text, at: { source: s.id, field } });
    }
  }
  return out;
}

function sourceText(
  sources: ReadonlyMap<string, Source>,
  at: { source: string; field: SourceField },
): string {
  const text = textOf(sources.get(at.source), at.field);
  if (text === null)
    throw new Error(
      `a check's result names ${at.field} of source \`${at.source}\`, which it does not hold`,
    );
  return text;
}

function textOf(source: Source | undefined, field: SourceField): string | null {
  return source === undefined ? null : field === "raw" ? source.raw : source.files[field];
}
