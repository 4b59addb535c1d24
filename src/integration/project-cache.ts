/**
 * One check of the project per build, shared by the integration, the remark
 * plugin and the pages. Astro loads the config and renders the pages as
 * separate module graphs in one process, so the result is kept on
 * `globalThis`, not in a module variable.
 */
import { checkProject, loadProject, type CheckResult } from "../facts/index.ts";

const KEY = Symbol.for("dalian-facts/project-results");

function cache(): Map<string, Promise<CheckResult>> {
  const global = globalThis as { [KEY]?: Map<string, Promise<CheckResult>> };
  global[KEY] ??= new Map();
  return global[KEY];
}

/** Checks the project at `root` now, and remembers the result for the rest of the process. */
export function checkAndRemember(root: string): Promise<CheckResult> {
  const result = loadProject({ root }).then(checkProject);
  cache().set(root, result);
  return result;
}

/** The remembered result for `root`, or a fresh check when there is none. */
export function rememberedCheck(root: string): Promise<CheckResult> {
  return cache().get(root) ?? checkAndRemember(root);
}
