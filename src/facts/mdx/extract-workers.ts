/**
 * The worker threads of `extract-pool.ts`, kept apart so that they can start
 * before they are needed and serve one check after another. This module
 * imports nothing heavy: an entry point starts the workers first, and each
 * loads the MDX parser (about half a second) while the main thread loads the
 * engine and reads the files. A pool takes idle workers and gives them back.
 */
import { MessageChannel, Worker, type MessagePort } from "node:worker_threads";

export interface ExtractionWorker {
  worker: Worker;
  /** Jobs go out and chunks come back on this port, which the pool reads synchronously. */
  port: MessagePort;
}

/** What a pool sends a worker: extract these pages, chunk by chunk, claiming chunks in `shared`. */
export interface ExtractionJob {
  job: number;
  texts: readonly string[];
  chunkSize: number;
  shared: Int32Array;
}

/**
 * What a worker sends back for each chunk; `job` lets a pool ignore a late answer to an earlier
 * pool.
 */
export interface ChunkMessage {
  job: number;
  chunk: number;
  extractions: unknown[] | null;
  error: string | null;
}

export const WORKER_MODULE = new URL("./extract-worker.ts", import.meta.url);

// Below this many pages per worker, a worker (about 0.3 s to load the parser) costs more than it
// saves.
export const MIN_PAGES_PER_WORKER = 64;

/**
 * How many workers a check of `pages` pages uses on `threads` threads, the main thread included.
 */
export function workerCount(pages: number, threads: number): number {
  return Math.max(0, Math.min(threads - 1, Math.floor(pages / MIN_PAGES_PER_WORKER)));
}

// Idle workers by module, so that a test's stand-in module never serves a real check.
const idle = new Map<string, ExtractionWorker[]>();
// Workers that have exited (a crash, say): never handed out again.
const ended = new WeakSet<Worker>();

/**
 * Starts `count` workers ahead of a check; false when this Node cannot run them (the check then
 * uses one thread).
 */
export function startExtractionWorkers(count: number, url: URL = WORKER_MODULE): boolean {
  const started = spawn(count, url);
  idle.set(url.href, [...(idle.get(url.href) ?? []), ...started]);
  return started.length === count;
}

/** Up to `count` workers for a pool: idle ones first, then new ones. */
export function takeWorkers(count: number, url: URL): ExtractionWorker[] {
  const waiting = (idle.get(url.href) ?? []).filter(({ worker }) => !ended.has(worker));
  const taken = waiting.splice(0, count);
  idle.set(url.href, waiting);
  return [...taken, ...spawn(count - taken.length, url)];
}

/** A pool's workers, back for the next check. */
export function returnWorkers(workers: ExtractionWorker[], url: URL): void {
  idle.set(url.href, [...(idle.get(url.href) ?? []), ...workers]);
}

/** Ends every idle worker (for tests, and anything that wants its threads back before it exits). */
export async function stopExtractionWorkers(): Promise<void> {
  const all = [...idle.values()].flat();
  idle.clear();
  await Promise.all(all.map(({ worker, port }) => (port.close(), worker.terminate())));
}

function spawn(count: number, url: URL): ExtractionWorker[] {
  const workers: ExtractionWorker[] = [];
  try {
    for (let w = 0; w < count; w++) {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(url, {
        workerData: { port: port2 },
        transferList: [port2],
        // Node's own type stripping loads the worker (on by default from Node 22.18); nothing of
        // the parent's loaders is needed.
        execArgv: (process.features as { typescript?: string }).typescript
          ? []
          : ["--experimental-strip-types", "--disable-warning=ExperimentalWarning"],
        stdout: false,
        stderr: false,
      });
      // A worker that fails to load claims nothing, and the main thread does all the work.
      worker.on("error", () => {});
      worker.once("exit", () => ended.add(worker));
      // Idle or busy, a worker never keeps the process alive: a CLI exits when its main thread is
      // done.
      worker.unref();
      workers.push({ worker, port: port1 });
    }
  } catch {
    // A Node that cannot run the worker at all (no type stripping, say) refuses it here.
  }
  return workers;
}
