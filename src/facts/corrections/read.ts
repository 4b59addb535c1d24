/**
 * Reads the corrections log: YAML, then each entry against the schema. Each entry is validated on
 * its own, so that one malformed entry does not hide the findings of the others; only valid
 * entries go on to the checks.
 */
import { isMap, isScalar, parseDocument, type Document } from "yaml";
import { correctionSchema, type Correction } from "../schemas/correction.ts";
import type { CheckContext } from "../diagnostics.ts";

/** A valid entry, with the offset of each of its fields in the log (for findings). */
export interface LocatedCorrection {
  correction: Correction;
  /** Offset of the entry itself. */
  offset: number;
  /** Where each field's value stands in the log. */
  fields: Record<keyof Correction, Span>;
}

export interface Span {
  start: number;
  end: number;
}

export interface CorrectionsLog {
  /** Path relative to the project root, as findings name it. */
  file: string;
  entries: LocatedCorrection[];
}

const HINT = 'The fields of an entry are listed under "Add a correction" in CONTRIBUTING.md.';

/** The log's valid entries; every problem of the file or of an entry is reported. */
export function readCorrections(file: string, text: string, ctx: CheckContext): CorrectionsLog {
  const log: CorrectionsLog = { file, entries: [] };
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors)
      ctx.report({
        code: "correction-invalid",
        file,
        offset: error.pos[0],
        message: `Unexpected YAML: ${error.message.split("\n")[0]}`,
      });
    return log;
  }
  const data: unknown = doc.toJS();
  // A log with no entry yet is empty, not malformed.
  if (data === null || data === undefined) return log;
  if (!Array.isArray(data)) {
    ctx.report({
      code: "correction-invalid",
      file,
      offset: offsetIn(doc, []),
      message: "Unexpected YAML that is not a list, expected a list of corrections (`- id: …`)",
      hint: HINT,
    });
    return log;
  }
  data.forEach((item: unknown, index) => {
    const result = correctionSchema.safeParse(item);
    if (result.success) {
      log.entries.push({
        correction: result.data,
        offset: offsetIn(doc, [index]),
        fields: fieldSpans(doc, index),
      });
      return;
    }
    for (const issue of result.error.issues) {
      const path = [index, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys)
          ctx.report({
            code: "correction-invalid",
            file,
            offset: keyOffset(doc, index, key),
            message:
              `Unexpected field \`${key}\`, expected only ` +
              `${Object.keys(correctionSchema.shape)
                .map((k) => `\`${k}\``)
                .join(", ")}`,
            hint: HINT,
          });
        continue;
      }
      const name = `\`${issue.path.join(".") || "(entry)"}\``;
      const missing = !doc.hasIn(path);
      ctx.report({
        code: "correction-invalid",
        file,
        offset: offsetIn(doc, path),
        message: missing
          ? `Unexpected entry without ${name}, expected ${name}: ${issue.message}`
          : `Unexpected value \`${JSON.stringify(doc.getIn(path))}\` at ${name}, ` +
            `expected ${issue.message}`,
        hint: HINT,
      });
    }
  });
  return log;
}

function fieldSpans(doc: Document, index: number): Record<keyof Correction, Span> {
  const at = (field: keyof Correction): Span => {
    const node = doc.getIn([index, field], true);
    if (isScalar(node) && node.range) return { start: node.range[0], end: node.range[1] };
    const start = offsetIn(doc, [index, field]);
    return { start, end: start };
  };
  return {
    id: at("id"),
    date: at("date"),
    page: at("page"),
    kind: at("kind"),
    said: at("said"),
    says: at("says"),
    why: at("why"),
  };
}

/** The offset of a key of the entry at `index`, or of the entry. */
function keyOffset(doc: Document, index: number, key: string): number {
  const entry = doc.getIn([index], true);
  if (isMap(entry)) {
    const pair = entry.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
  }
  return offsetIn(doc, [index]);
}

/** The offset of the YAML node at `path`, or of its nearest existing parent. */
function offsetIn(doc: Document, path: (string | number)[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as
      { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && node.range) return node.range[0];
  }
  return 0;
}
