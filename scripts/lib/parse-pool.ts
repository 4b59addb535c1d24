/**
 * Parses a large project's pages on worker threads for `npm run check`. Chunks of pages go, in
 * order, to whichever thread asks next: each worker (which holds one chunk in reserve, so that it
 * never waits for this thread), and this thread between messages. The engine then checks the
 * extractions, with the same result as when it parses every page itself.
 */
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import {
  checkPages,
  extractPageText,
  newRun,
  prepareSources,
  type CheckResult,
  type PageExtraction,
  type ProjectFiles,
} from "../../src/facts/index.ts";

const WORKER = new URL("./parse-worker.ts", import.meta.url);

// Below this many pages per worker, a worker (about 0.3 s to load the parser) costs more than it
// saves.
export const MIN_PAGES_PER_WORKER = 64;
// Chunks a worker holds at once: the one it parses, and the next.
const IN_FLIGHT = 2;

/** How many workers help to parse `pages` pages on `cores` cores, this thread aside. */
export function workerCount(pages: number, cores: number): number {
  return Math.max(0, Math.min(cores - 1, Math.floor(pages / MIN_PAGES_PER_WORKER)));
}

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
  const texts = missing.map((k) => files.pages[k]!.text);
  const parsing = workers > 0 ? parsePages(texts, workers) : null;
  const sources = prepareSources(files.sources, run);
  const extracted = [...known];
  const parsed = await parsing;
  if (parsed) missing.forEach((k, i) => (extracted[k] = parsed[i]));
  return checkPages(files.pages, sources, run, { extracted });
}

/** Every page's extraction, in page order, parsed by this thread and `workers` worker threads. */
export async function parsePages(
  texts: readonly string[],
  workers: number,
  module: URL = WORKER,
): Promise<PageExtraction[]> {
  // Small enough to share the work evenly at the end, big enough that messages cost little.
  const size = Math.max(1, Math.min(16, Math.ceil(texts.length / (8 * (workers + 1)))));
  const chunks: string[][] = [];
  for (let from = 0; from < texts.length; from += size) chunks.push(texts.slice(from, from + size));
  const results: PageExtraction[][] = [];
  let next = 0;
  const take = (): number | null => (next < chunks.length ? next++ : null);

  const threads = Array.from({ length: workers }, () => new Worker(module));
  const lanes = threads.map((worker) => workerLane(worker, chunks, take, results));
  lanes.push(
    (async () => {
      for (let k = take(); k !== null; k = take()) {
        results[k] = chunks[k]!.map(extractPageText);
        // Let the workers' answers in, and hand them their next chunks.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })(),
  );
  try {
    await Promise.all(lanes);
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
  return results.flat();
}

/** Feeds one worker chunks until none is left; rejects if the worker fails or exits first. */
function workerLane(
  worker: Worker,
  chunks: readonly string[][],
  take: () => number | null,
  results: PageExtraction[][],
): Promise<void> {
  return new Promise((resolve, reject) => {
    // The worker answers in the order it was asked.
    const asked: number[] = [];
    const feed = () => {
      for (let k = asked.length < IN_FLIGHT ? take() : null; k !== null;) {
        asked.push(k);
        worker.postMessage(chunks[k]);
        k = asked.length < IN_FLIGHT ? take() : null;
      }
      if (asked.length === 0) {
        worker.removeAllListeners();
        resolve();
      }
    };
    worker.on("message", (extractions: PageExtraction[]) => {
      results[asked.shift()!] = extractions;
      feed();
    });
    worker.on("error", (error: Error) =>
      reject(new Error(`A page-parsing worker failed: ${error.stack ?? error.message}`)),
    );
    worker.on("exit", (code) =>
      reject(new Error(`A page-parsing worker exited (code ${code}) before it was done`)),
    );
    feed();
  });
}
