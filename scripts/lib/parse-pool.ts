/**
 * Parses a large project's pages on worker threads for `npm run check`, and checks each page as
 * soon as it and those before it are parsed. Chunks of pages go, in order, to whichever thread asks
 * next: each worker (which holds one chunk in reserve, so that it never waits for this thread), and
 * this thread, which first prepares the sources, then checks what is parsed, and parses a chunk
 * itself only when it has nothing to check and the workers would otherwise finish after it. The
 * result is that of one thread parsing every page.
 */
import type { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import {
  checkCorrectionsLog,
  checkPages,
  extractPageText,
  newRun,
  pageChecker,
  prepareSources,
  type CheckResult,
  type PageChecker,
  type PageExtraction,
  type ProjectFiles,
} from "../../src/facts/index.ts";
import { PARSE_WORKER, release, takeWorkers, workerCount } from "./parse-workers.ts";

export { MIN_PAGES_PER_WORKER, workerCount } from "./parse-workers.ts";
// Chunks a worker holds at once: the one it parses, and the next.
const IN_FLIGHT = 2;
// Pages this thread checks before it lets the workers' answers in again.
const CHECKED_AT_ONCE = 16;
// The workers' last answers that give their pace.
const PACE = 4;

/**
 * Checks a project as `checkProject` does, with the pages parsed on every core when there are
 * enough of them; this thread prepares the sources while the workers start. `known` holds the
 * extractions of pages parsed before (a cache's), by page index: only the others are parsed.
 */
export async function checkProjectInParallel(
  files: ProjectFiles,
  cores = availableParallelism(),
  known: readonly (PageExtraction | undefined)[] = [],
): Promise<CheckResult> {
  const run = newRun();
  const missing = files.pages.flatMap((_, k) => (known[k] ? [] : [k]));
  const workers = workerCount(missing.length, cores);
  if (workers === 0) {
    const result = checkPages(files.pages, prepareSources(files.sources, run), run, {
      extracted: known,
    });
    checkCorrectionsLog(files, run);
    return result;
  }
  const extracted = [...known];
  let checker: PageChecker | null = null;
  let next = 0;
  // What a page has taken to check lately, in ms (the first pages take longer, on a cold JIT).
  let perPage: number | null = null;
  // Checks the pages parsed so far, in page order, up to `most` of them; false if none was ready.
  const check = (most: number): boolean => {
    const start = performance.now();
    let done = 0;
    for (; checker && done < most && extracted[next] !== undefined; done++, next++)
      checker.page(files.pages[next]!, extracted[next]!);
    if (done === 0) return false;
    const lately = (performance.now() - start) / done;
    perPage = perPage === null ? lately : (perPage + lately) / 2;
    return true;
  };
  const parsing = parsePages(
    missing.map((k) => files.pages[k]!.text),
    workers,
    PARSE_WORKER,
    {
      parsed: (from, extractions) =>
        extractions.forEach((e, i) => (extracted[missing[from + i]!] = e)),
      between: () => check(CHECKED_AT_ONCE),
      backlog: () => (perPage === null ? null : (files.pages.length - next) * perPage),
    },
  );
  checker = pageChecker(prepareSources(files.sources, run), run);
  await parsing;
  check(Infinity);
  const result = checker.finish(files.pages);
  checkCorrectionsLog(files, run);
  return result;
}

/** What this thread does with the pages as they are parsed, and between the chunks it parses. */
export interface ParseHooks {
  /** Called with each chunk's extractions, and the index of its first text. */
  parsed(from: number, extractions: PageExtraction[]): void;
  /** Some work of this thread's own; false when there is none (it then parses or waits). */
  between(): boolean;
  /** How long, in ms, this thread's own work will take yet; null while it cannot tell. */
  backlog(): number | null;
}

/** Every page's extraction, in page order, parsed by this thread and `workers` worker threads. */
export async function parsePages(
  texts: readonly string[],
  workers: number,
  module: URL = PARSE_WORKER,
  hooks?: ParseHooks,
): Promise<PageExtraction[]> {
  // Small enough to share the work evenly at the end, big enough that messages cost little.
  const size = Math.max(1, Math.min(16, Math.ceil(texts.length / (8 * (workers + 1)))));
  const chunks: string[][] = [];
  for (let from = 0; from < texts.length; from += size) chunks.push(texts.slice(from, from + size));
  const results: PageExtraction[][] = [];
  let next = 0;
  const take = (): number | null => (next < chunks.length ? next++ : null);
  let answered = 0;
  let wake: (() => void) | null = null;
  const got = (k: number, extractions: PageExtraction[]) => {
    results[k] = extractions;
    answered++;
    hooks?.parsed(k * size, extractions);
    wake?.();
  };
  // The workers' pace, from their last answers: until the first, they are loading the parser.
  const answers: number[] = [];
  const fromWorker = (k: number, extractions: PageExtraction[]) => {
    answers.push(performance.now());
    got(k, extractions);
  };
  // With work of its own, this thread parses only what the workers would parse later than it
  // could be done with that work.
  const help = (): boolean => {
    if (!hooks || answers.length === 0) return true;
    const backlog = hooks.backlog();
    if (backlog === null || answers.length < 2) return false;
    const lately = answers.slice(-PACE - 1);
    const pace = (lately.at(-1)! - lately[0]!) / (lately.length - 1);
    return (chunks.length - next) * pace > backlog;
  };
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  const threads = takeWorkers(workers, module);
  const lanes = threads.map((worker) => workerLane(worker, chunks, take, fromWorker));
  lanes.push(
    (async () => {
      while (answered < chunks.length) {
        // Let the workers' answers in, and hand them their next chunks, between any two steps.
        if (hooks?.between()) await tick();
        else {
          const k = help() ? take() : null;
          if (k !== null) {
            got(k, chunks[k]!.map(extractPageText));
            await tick();
          } else if (hooks) await new Promise<void>((resolve) => (wake = resolve));
          else break;
        }
      }
    })(),
  );
  try {
    await Promise.all(lanes);
  } catch (error) {
    await Promise.all(threads.map((t) => t.terminate()));
    throw error;
  }
  // Loaded and warm: kept for the next check of this process.
  for (const t of threads) release(t, module);
  return results.flat();
}

/** Feeds one worker chunks until none is left; rejects if the worker fails or exits first. */
function workerLane(
  worker: Worker,
  chunks: readonly string[][],
  take: () => number | null,
  got: (k: number, extractions: PageExtraction[]) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // The worker answers in the order it was asked.
    const asked: number[] = [];
    const onMessage = (extractions: PageExtraction[]) => {
      const k = asked.shift()!;
      feed();
      got(k, extractions);
    };
    const onError = (error: Error) =>
      reject(new Error(`A page-parsing worker failed: ${error.stack ?? error.message}`));
    const onExit = (code: number) =>
      reject(new Error(`A page-parsing worker exited (code ${code}) before it was done`));
    const feed = () => {
      for (let k = asked.length < IN_FLIGHT ? take() : null; k !== null;) {
        asked.push(k);
        worker.postMessage(chunks[k]);
        k = asked.length < IN_FLIGHT ? take() : null;
      }
      if (asked.length === 0) {
        // Only this lane's listeners: Node's own keep the worker's messages flowing next time.
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        resolve();
      }
    };
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    feed();
  });
}
