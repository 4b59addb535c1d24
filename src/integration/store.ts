/**
 * The integration's one check of the project: run when first asked for, kept until a page or a
 * source changes, then run again when next asked for. The integration, its data module and the
 * remark plugin share one store, made with the integration in astro.config.mjs.
 */
import { relative, sep } from "node:path";
import { performance } from "node:perf_hooks";
import { checkProject, loadProject, type CheckResult } from "../facts/index.ts";

export class FactsStore {
  /** The project root, set when Astro's config is known. */
  root = process.cwd();
  /** True under `astro dev`, where files change while the process runs. */
  dev = false;
  /** How long the last check took, in milliseconds. */
  lastMs = 0;
  private latest: Promise<CheckResult> | null = null;

  /** The check of the project as it is now on disk. */
  result(): Promise<CheckResult> {
    if (this.latest) return this.latest;
    const check = this.run();
    this.latest = check;
    // A check that could not run is not kept: the next caller tries again (and sees the error).
    check.then(undefined, () => {
      if (this.latest === check) this.latest = null;
    });
    return check;
  }

  /** A page or a source changed: the next caller checks again. */
  invalidate(): void {
    this.latest = null;
  }

  /** The path of a file relative to the root, with `/`, when the check reads it; else null. */
  ownFile(path: string): string | null {
    const own = relative(this.root, path).split(sep).join("/");
    // Pages, and the corrections log beside them.
    if (own.startsWith("content/")) return own;
    if (own.startsWith("sources/")) return own;
    return null;
  }

  private async run(): Promise<CheckResult> {
    const started = performance.now();
    const result = checkProject(await loadProject({ root: this.root }));
    this.lastMs = performance.now() - started;
    return result;
  }
}
