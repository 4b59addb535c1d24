/**
 * `npm run check -- --watch`: checks again whenever a page or a source changes,
 * and prints only what changed: new findings in full, fixed ones in a line.
 */
import { join } from "node:path";
import { FORMATS, loadProject, type Finding } from "../../src/facts/index.ts";
import { checkProjectInParallel } from "./parse-pool.ts";
import type { Io } from "./check-cli.ts";
import { watchTree } from "./watch-tree.ts";

// Editors save in bursts (temp file, rename, touch): wait for the burst to end.
const SETTLE_MS = 150;

/** Watches until `signal` aborts; resolves with the exit code of the last check. */
export async function watchProject(root: string, io: Io, signal: AbortSignal): Promise<number> {
  let previous = new Map<string, Finding>();
  let code = 0;

  const run = async (): Promise<void> => {
    const result = await checkProjectInParallel(await loadProject({ root }));
    const current = new Map(result.report.findings.map((f) => [keyOf(f), f]));
    const added = [...current].filter(([k]) => !previous.has(k)).map(([, f]) => f);
    const fixed = [...previous].filter(([k]) => !current.has(k)).map(([, f]) => f);
    if (added.length) io.stdout(FORMATS.stylish(added, result.texts));
    for (const f of fixed) io.stdout(`fixed  ${f.file}:${f.line}:${f.column}  ${f.code}\n`);
    const errors = result.report.errorCount;
    io.stdout(
      `${new Date().toLocaleTimeString("en-GB")}  ${result.facts.length} facts ` +
        `checked: ` +
        `${errors === 0 ? "clean" : `${errors} ${errors === 1 ? "error" : "errors"}`}. ` +
        `Watching for changes…\n`,
    );
    previous = current;
    code = errors > 0 ? 1 : 0;
  };

  await run();
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(
      () =>
        void (running = running
          .then(run)
          .catch((e: unknown) => io.stderr(`The check could not run: ${String(e)}\n`))),
      SETTLE_MS,
    );
  };
  // Every save is seen, in place or by rename (an editor's atomic save, `sed -i`), and a new
  // source's folder too.
  watchTree([join(root, "content"), join(root, "sources")], changed, signal);
  await new Promise<void>((resolve) =>
    signal.addEventListener("abort", () => resolve(), { once: true }),
  );
  clearTimeout(timer);
  await running;
  return code;
}

/** A finding is the same finding while its place, code and message stay the same. */
function keyOf(f: Finding): string {
  return `${f.file}:${f.line}:${f.column}:${f.code}:${f.message}`;
}
