/**
 * Builds the real site once per test run, in a temporary copy of the project, and hands its
 * `dist/` to every test that reads what the site emits (`inject("site")`). One build instead of
 * one per test file: the real `astro build` takes a while on two cores.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { astroEnv, copyProject } from "../helpers/project-copy.ts";

export interface BuiltSite {
  /** The copy's root. */
  root: string;
  /** Its `dist/`, or "" when the build failed. */
  dist: string;
  /** Exit status and everything the build printed. */
  status: number | null;
  output: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    site: BuiltSite;
  }
}

export default function setup(project: TestProject): () => void {
  const copy = copyProject();
  const astro = join(process.cwd(), "node_modules/astro/bin/astro.mjs");
  const result = spawnSync(process.execPath, [astro, "build", "--root", copy.root], {
    encoding: "utf8",
    env: astroEnv(),
  });
  const status = result.status;
  project.provide("site", {
    root: copy.root,
    dist: status === 0 ? join(copy.root, "dist") : "",
    status,
    output: `${result.stdout}\n${result.stderr}`,
  });
  return () => copy.remove();
}
