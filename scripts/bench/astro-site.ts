/**
 * A throwaway copy of the real site (src/, astro.config.mjs, tsconfig.json)
 * around synthetic content, built with the project's own Astro. Nothing here
 * writes into the project: node_modules is a real folder of per-package
 * symlinks, so Astro's and Vite's caches (node_modules/.astro, .vite) land in
 * the temp copy instead of the project's.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import type { SyntheticFile } from "./synthetic.ts";

export function writeFiles(root: string, files: readonly SyntheticFile[]): void {
  const made = new Set<string>();
  for (const f of files) {
    const dir = dirname(join(root, f.path));
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(join(root, f.path), f.text);
  }
}

/** Lays out the site copy; content/ and sources/ are written by the caller. */
export function prepareSite(projectRoot: string, site: string): void {
  mkdirSync(site, { recursive: true });
  cpSync(join(projectRoot, "src"), join(site, "src"), { recursive: true });
  cpSync(join(projectRoot, "astro.config.mjs"), join(site, "astro.config.mjs"));
  cpSync(join(projectRoot, "tsconfig.json"), join(site, "tsconfig.json"));
  writeFileSync(
    join(site, "package.json"),
    JSON.stringify({ name: "facts-bench-site", private: true, type: "module" }, null, 2),
  );
  const modules = join(site, "node_modules");
  mkdirSync(modules);
  for (const entry of readdirSync(join(projectRoot, "node_modules"))) {
    if (entry.startsWith(".")) continue; // caches and the lock stay out: Astro and Vite make their own here
    symlinkSync(join(projectRoot, "node_modules", entry), join(modules, entry));
  }
}

/** Removes build output and caches, so that both builds start equally cold. */
export function cleanSite(site: string): void {
  for (const dir of [
    "dist",
    ".astro",
    "node_modules/.astro",
    "node_modules/.vite",
    "node_modules/.vite-temp",
  ]) {
    rmSync(join(site, dir), { recursive: true, force: true });
  }
}

export interface BuildResult {
  ok: boolean;
  seconds: number;
  /** Why it failed (exit code, timeout), with the tail of its output. */
  reason: string;
  output: string;
}

/** Runs `astro build` in `site`. */
export function astroBuild(
  projectRoot: string,
  site: string,
  timeoutMs: number,
): Promise<BuildResult> {
  const bin = join(projectRoot, "node_modules", "astro", "bin", "astro.mjs");
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, "build", "--root", site], {
      cwd: site,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    // The whole log (a build of this size logs well under a megabyte): the check's line comes
    // early, before any page is built.
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-1_000_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    let timedOut = false;
    // Never hang: kill only the child we started, by its pid.
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({
        ok: false,
        seconds: (performance.now() - started) / 1000,
        reason: `could not start: ${error.message}`,
        output,
      });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      const ok = !timedOut && code === 0;
      const reason = timedOut
        ? `timed out after ${timeoutMs / 1000} s`
        : ok
          ? ""
          : `exit code ${code}${signal ? ` (${signal})` : ""}`;
      resolve({ ok, seconds, reason, output });
    });
  });
}
