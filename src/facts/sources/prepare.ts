/**
 * Turns the files of a source folder into a checked `Source`: metadata parsed
 * and validated against the schema, the raw file's hash compared, the edition
 * parsed and proved against the raw text.
 */
import { createHash } from "node:crypto";
import { parseDocument, type Document } from "yaml";
import { z } from "zod";
import { changeSchema, sourceMetaSchema, type Change, type SourceMeta } from "../schemas/source.ts";
import type { CheckContext } from "../diagnostics.ts";
import { parseEdition } from "./edition.ts";
import { verifyEdition, type EditionIssueCode } from "./verify-edition.ts";
import type { Source, SourceFiles } from "./model.ts";
import type { RefusedBlock } from "./refused-blocks.ts";
import { normalize } from "../text/normalize.ts";

/**
 * `rawText` is `files.raw` decoded as UTF-8 (the caller has it already), or null when there is no
 * raw file.
 */
export function prepareSource(
  files: SourceFiles,
  rawText: string | null,
  ctx: CheckContext,
): Source {
  const raw = rawText ?? "";
  const rawSha256 = files.raw ? createHash("sha256").update(files.raw).digest("hex") : "";
  if (!files.raw)
    ctx.report({
      code: "source-file-missing",
      file: files.rawPath,
      offset: 0,
      message: `Unexpected missing raw file for source \`${files.id}\`, expected the original text byte for byte`,
    });

  const parsed = parseMeta(files, ctx);
  const meta = parsed?.meta ?? null;
  const doc = parsed?.doc ?? null;
  if (meta && files.raw && meta.raw.sha256 !== rawSha256) {
    ctx.report({
      code: "source-hash-mismatch",
      file: files.metaPath,
      offset: offsetIn(doc, ["raw", "sha256"]),
      message:
        `Unexpected sha256 \`${rawSha256}\` for ${files.rawPath}, expected ` +
        `\`${meta.raw.sha256}\` as recorded: the raw file changed`,
      hint:
        "Raw files are evidence and are never edited. Restore the original bytes; make " +
        "corrections in the edition and declare them.",
      expected: [meta.raw.sha256],
      actual: rawSha256,
    });
  }
  if (meta && meta.raw.file !== "raw.txt") {
    ctx.report({
      code: "source-invalid-metadata",
      file: files.metaPath,
      offset: offsetIn(doc, ["raw", "file"]),
      message: `Unexpected raw file \`${meta.raw.file}\`, expected \`raw.txt\`, the name every source's raw text has`,
    });
  }
  if (meta && meta.id !== files.id) {
    ctx.report({
      code: "source-invalid-metadata",
      file: files.metaPath,
      offset: offsetIn(doc, ["id"]),
      message: `Unexpected id \`${meta.id}\`, expected \`${files.id}\`, the name of the source's folder`,
    });
  }

  if (files.editionText === null) {
    ctx.report({
      code: "source-file-missing",
      file: files.editionPath,
      offset: 0,
      message: `Unexpected missing reading edition for source \`${files.id}\`, expected ${files.editionPath}`,
    });
    return { id: files.id, files, meta, raw, rawSha256, blocks: [], refusedBlocks: [] };
  }
  const edition = parseEdition(files.editionText);
  for (const problem of edition.problems) {
    ctx.report({
      code: "edition-malformed",
      file: files.editionPath,
      offset: problem.offset,
      message: problem.message,
    });
  }
  const changes = meta?.changes ?? parsed?.changes ?? null;
  const refusedBlocks: RefusedBlock[] = [];
  if (files.raw && changes) {
    for (const issue of verifyEdition(raw, edition.blocks, changes)) {
      const at = issue.at;
      const file =
        at.file === "edition"
          ? files.editionPath
          : at.file === "raw"
            ? files.rawPath
            : files.metaPath;
      const offset = at.file === "meta" ? offsetIn(doc, ["changes", at.change]) : at.offset;
      const finding = {
        code: issue.code,
        file,
        offset,
        message: issue.message,
        hint: issue.hint ?? EDITION_HINTS[issue.code],
      };
      // A refused block is reported after the pages, with the quotes that depend on it.
      if (issue.refused)
        refusedBlocks.push({
          anchor: issue.refused.anchor,
          expected: normalize(issue.refused.expected).text,
          finding,
        });
      else ctx.report(finding);
    }
  }
  return { id: files.id, files, meta, raw, rawSha256, blocks: edition.blocks, refusedBlocks };
}

const changesOnly = z.object({ changes: z.array(changeSchema).default([]) });

const EDITION_HINTS: Record<EditionIssueCode, string> = {
  "edition-undeclared-change":
    "Make the edition say exactly what the raw lines say, or declare the change " +
    "under `changes:` in source.yaml with its line, kind, raw and edition text, and " +
    "why.",
  "edition-line-unassigned":
    "List every raw line with text in exactly one block header (`@@ <anchor> <kind> <lines>`).",
  "edition-line-reused": "A raw line belongs to one block; remove it from the other header.",
  "edition-change-not-found":
    "The `raw` text of a change must occur once on its `line`, within the block that holds that line.",
};

/**
 * The metadata when valid; the declared changes when they are valid on their own (a new source's
 * stub).
 */
function parseMeta(
  files: SourceFiles,
  ctx: CheckContext,
): { meta: SourceMeta | null; changes: Change[] | null; doc: Document } | null {
  if (files.metaText === null) {
    ctx.report({
      code: "source-file-missing",
      file: files.metaPath,
      offset: 0,
      message: `Unexpected missing metadata for source \`${files.id}\`, expected ${files.metaPath}`,
    });
    return null;
  }
  const doc = parseDocument(files.metaText, { prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      ctx.report({
        code: "source-invalid-metadata",
        file: files.metaPath,
        offset: error.pos[0],
        message: `Unexpected YAML: ${error.message.split("\n")[0]}`,
      });
    }
    return { meta: null, changes: null, doc };
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    ctx.report({
      code: "source-invalid-metadata",
      file: files.metaPath,
      offset: 0,
      message: `Unexpected YAML: ${(error as Error).message}`,
    });
    return { meta: null, changes: null, doc };
  }
  const result = sourceMetaSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
      const name = `\`${path.join(".") || "(top)"}\``;
      const missing = path.length > 0 && !doc.hasIn(path);
      ctx.report({
        code: "source-invalid-metadata",
        file: files.metaPath,
        offset: offsetIn(doc, path),
        message: missing
          ? `Unexpected missing ${name}, expected it in source.yaml`
          : `Unexpected value \`${JSON.stringify(doc.getIn(path))}\` at ${name}, expected ${expectation(issue)}`,
        hint: 'The fields of source.yaml are listed under "Source metadata" in README.md.',
      });
    }
    const changes = changesOnly.safeParse(data);
    return { meta: null, changes: changes.success ? changes.data.changes : null, doc };
  }
  return { meta: result.data, changes: result.data.changes, doc };
}

/**
 * What the schema wanted, as words: our own messages are written that way; zod's type errors are
 * turned into them.
 */
function expectation(issue: { code: string; message: string; expected?: unknown }): string {
  if (issue.code === "invalid_type" && typeof issue.expected === "string")
    return `a ${issue.expected}`;
  return issue.message;
}

/** The offset of the YAML node at `path`, or of its nearest existing parent. */
function offsetIn(doc: Document | null, path: (string | number)[]): number {
  if (!doc) return 0;
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as
      { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && node.range) return node.range[0];
  }
  return 0;
}
