/** Temporary copies of the real project, for tests that break it on purpose. */
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = process.cwd();
const COPIED = [
  "src",
  "content",
  "sources",
  "public",
  "astro.config.mjs",
  "tsconfig.json",
  "package.json",
];

export interface ProjectCopy {
  root: string;
  write(path: string, text: string): void;
  read(path: string): string;
  remove(): void;
}

/** Copies the parts of the project a check or a build needs; node_modules is linked, not copied. */
export function copyProject(): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), "facts-"));
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"), "dir");
  return {
    root,
    write: (path, text) => writeFileSync(join(root, path), text),
    read: (path) => readFileSync(join(root, path), "utf8"),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * The environment for a child `astro` process: without the test runner's own variables
 * (NODE_ENV=test makes `astro dev` serve 404s).
 */
export function astroEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith("VITEST") && k !== "NODE_ENV" && k !== "TEST",
    ),
  );
  return { ...env, NO_COLOR: "1", FORCE_COLOR: "0" };
}
