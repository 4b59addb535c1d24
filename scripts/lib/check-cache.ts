/**
 * The on-disk cache of `npm run check -- --cache`, as ESLint's: the last check's findings, kept
 * under a key made of the engine's own files and every page's and source's bytes, and each
 * page's extraction under its text. A run over unchanged files prints the last findings without
 * loading the engine; a run after an edit parses only the pages that changed. It lives in the
 * project's `.astro/cache/`, which git ignores; deleting it is always safe.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { Finding } from "../../src/facts/diagnostics.ts";
import type { PageExtraction } from "../../src/facts/mdx/page-extraction.ts";
import type { ProjectFiles } from "../../src/facts/run.ts";
import type { Summary } from "../../src/facts/format/summary.ts";

const PROJECT = join(import.meta.dirname, "../..");
const VERSION = 1;

/** What the summary line of a check says. */
/** The counts of the summary line, kept with the findings. */
export type { Summary };

export interface CachedRun {
  key: string;
  findings: Finding[];
  summary: Summary;
}

/** The engine's files and the locked dependencies: a change to any makes every entry stale. */
export function engineKey(): string {
  const hash = createHash("sha256").update(`v${VERSION}`);
  const dir = join(PROJECT, "src/facts");
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .sort();
  for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
  hash.update(readFileSync(join(PROJECT, "package-lock.json")));
  return hash.digest("hex");
}

/** The engine, and every byte the check reads. */
export function projectKey(engine: string, files: ProjectFiles): string {
  const hash = createHash("sha256").update(engine);
  for (const s of files.sources) {
    hash.update(`\0source ${s.id}\0`);
    for (const part of [s.metaText, s.editionText]) hash.update(`${part === null}\0${part ?? ""}`);
    hash.update(s.raw ?? new Uint8Array());
  }
  for (const p of files.pages) hash.update(`\0page ${p.path}\0${p.text}`);
  if (files.corrections) hash.update(`\0log ${files.corrections.path}\0${files.corrections.text}`);
  return hash.digest("hex");
}

/** The key of one page's extraction. */
export function pageKey(engine: string, text: string): string {
  return createHash("sha256").update(engine).update("\0").update(text).digest("hex");
}

export function readRun(root: string, key: string): CachedRun | null {
  const run = read<CachedRun>(root, "run.bin");
  return run?.key === key ? run : null;
}

export function writeRun(root: string, run: CachedRun): void {
  write(root, "run.bin", run);
}

/** Extractions by page key; pages of other versions are dropped when the cache is written. */
export function readExtractions(root: string): Map<string, PageExtraction> {
  return read<Map<string, PageExtraction>>(root, "pages.bin") ?? new Map<string, PageExtraction>();
}

export function writeExtractions(root: string, extractions: Map<string, PageExtraction>): void {
  write(root, "pages.bin", extractions);
}

/**
 * The texts of the files the check reads, as the engine registers them for placing findings; only
 * those of `files` named in `wanted`, when given (a source's raw text is decoded only if needed).
 */
export function textsOf(files: ProjectFiles, wanted?: ReadonlySet<string>): Map<string, string> {
  const texts = new Map<string, string>();
  const set = (path: string, text: () => string) => {
    if (!wanted || wanted.has(path)) texts.set(path, text());
  };
  for (const s of files.sources) {
    if (s.metaText !== null) set(s.metaPath, () => s.metaText!);
    if (s.editionText !== null) set(s.editionPath, () => s.editionText!);
    if (s.raw !== null) set(s.rawPath, () => new TextDecoder().decode(s.raw!));
  }
  for (const p of files.pages) set(p.path, () => p.text);
  if (files.corrections) set(files.corrections.path, () => files.corrections!.text);
  return texts;
}

function dirOf(root: string): string {
  return join(root, ".astro/cache/facts-check");
}

/** A cache file's content, or null when there is none or it cannot be read (it is rebuilt). */
function read<T>(root: string, name: string): T | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dirOf(root), name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  try {
    return deserialize(bytes) as T;
  } catch {
    return null; // written by another Node version, or cut short: the check runs and rewrites it
  }
}

/** Written beside, then renamed: a reader never sees half a file. */
function write(root: string, name: string, value: unknown): void {
  const dir = dirOf(root);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `${name}.${process.pid}.tmp`);
  writeFileSync(temp, serialize(value));
  renameSync(temp, join(dir, name));
}
