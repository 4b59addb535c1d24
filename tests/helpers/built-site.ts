/** The real site, built once per run by tests/setup/built-site.ts. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";
import type { BuiltSite } from "../setup/built-site.ts";

/** The built site; throws with the build's own output when the build failed. */
export function builtSite(): BuiltSite {
  const site = inject("site");
  if (site.status !== 0)
    throw new Error(`astro build failed (exit ${site.status}):\n${site.output}`);
  return site;
}

/** One file of the built `dist/`, as text (`path` like "index.html" or "sources/x/index.html"). */
export function distFile(path: string): string {
  return readFileSync(join(builtSite().dist, path), "utf8");
}
