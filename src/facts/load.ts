/** The engine's only I/O: reads source folders and content pages from disk. */
import { readFile, readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { SourceFiles } from "./sources/model.ts";
import type { PageFile, ProjectFiles } from "./run.ts";
import { CORRECTIONS_FILE, type CorrectionsFile } from "./corrections/file.ts";

export interface ProjectLayout {
  root: string;
  sourcesDir?: string;
  contentDir?: string;
}

export async function loadProject({
  root,
  sourcesDir = "sources",
  contentDir = "content",
}: ProjectLayout): Promise<ProjectFiles> {
  const [sources, pages, corrections] = await Promise.all([
    loadSources(root, sourcesDir),
    loadPages(root, contentDir),
    loadCorrections(root, contentDir),
  ]);
  return { sources, pages, corrections };
}

/** Every folder of `sourcesDir` is a source: source.yaml, raw.txt and edition.txt. */
export async function loadSources(root: string, sourcesDir = "sources"): Promise<SourceFiles[]> {
  const entries = await readdir(join(root, sourcesDir), { withFileTypes: true }).catch(
    ifMissing([]),
  );
  const ids = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    ids.map(async (id) => {
      const dir = join(sourcesDir, id);
      const metaPath = posix(join(dir, "source.yaml"));
      const editionPath = posix(join(dir, "edition.txt"));
      const metaText = await readText(join(root, metaPath));
      const rawPath = posix(join(dir, "raw.txt"));
      const raw = await readFile(join(root, rawPath)).then(
        (b) => new Uint8Array(b),
        ifMissing(null),
      );
      return {
        id,
        metaPath,
        editionPath,
        rawPath,
        metaText,
        editionText: await readText(join(root, editionPath)),
        raw,
      };
    }),
  );
}

/** Every `.mdx` file under `contentDir`, in a stable order. */
export async function loadPages(root: string, contentDir = "content"): Promise<PageFile[]> {
  const entries = await readdir(join(root, contentDir), {
    recursive: true,
    withFileTypes: true,
  }).catch(ifMissing([]));
  const paths = entries
    .filter((e) => e.isFile() && e.name.endsWith(".mdx"))
    .map((e) => posix(relative(root, join(e.parentPath, e.name))))
    .sort();
  return Promise.all(
    paths.map(async (path) => ({ path, text: await readFile(join(root, path), "utf8") })),
  );
}

/** The corrections log beside the pages, or null when the project has none. */
export async function loadCorrections(
  root: string,
  contentDir = "content",
): Promise<CorrectionsFile | null> {
  const path = posix(join(contentDir, CORRECTIONS_FILE));
  const text = await readText(join(root, path));
  return text === null ? null : { path, text };
}

/** A file's text, or null when there is no such file; any other failure to read is thrown (the check cannot run). */
async function readText(path: string): Promise<string | null> {
  return readFile(path, "utf8").catch(ifMissing(null));
}

function ifMissing<T>(value: T): (error: NodeJS.ErrnoException) => T {
  return (error) => {
    if (error.code === "ENOENT") return value;
    throw error;
  };
}

function posix(path: string): string {
  return path.split(sep).join("/");
}
