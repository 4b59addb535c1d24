/**
 * The page-parsing worker threads of `parse-pool.ts`, kept apart from the engine so that a caller
 * may start them before it loads the engine: a worker takes about 0.3 s to load the parser, which
 * then overlaps this thread's own loading. A worker that has parsed for one check stays, idle and
 * not keeping the process alive, for the next check of the same process (`--watch`), which then
 * finds it loaded and warm.
 */
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";

export const PARSE_WORKER = new URL("./parse-worker.ts", import.meta.url);

// Below this many pages per worker, a worker (about 0.3 s to load the parser) costs more than it
// saves.
export const MIN_PAGES_PER_WORKER = 64;

/** How many workers help to parse `pages` pages on `cores` cores, this thread aside. */
export function workerCount(pages: number, cores: number): number {
  return Math.max(0, Math.min(cores - 1, Math.floor(pages / MIN_PAGES_PER_WORKER)));
}

interface Idle {
  worker: Worker;
  module: string;
  /** Set if the worker failed or exited while idle: it is not handed out. */
  broken: boolean;
  watch: () => void;
}

const idle: Idle[] = [];

/** Starts the workers that `pages` pages will need, so that they load while this thread works. */
export function startWorkers(pages: number, cores = availableParallelism()): void {
  const missing =
    workerCount(pages, cores) - idle.filter((i) => i.module === PARSE_WORKER.href).length;
  for (let k = 0; k < missing; k++) release(new Worker(PARSE_WORKER), PARSE_WORKER);
}

/** `count` workers running `module`: idle ones first, then new ones. */
export function takeWorkers(count: number, module: URL): Worker[] {
  const taken: Worker[] = [];
  for (let k = idle.length - 1; k >= 0 && taken.length < count; k--) {
    const entry = idle[k]!;
    if (entry.module !== module.href) continue;
    idle.splice(k, 1);
    // Only our own listeners: Node's own keep the worker's messages flowing.
    entry.worker.off("error", entry.watch).off("exit", entry.watch);
    if (entry.broken) void entry.worker.terminate();
    else {
      entry.worker.ref();
      taken.push(entry.worker);
    }
  }
  while (taken.length < count) taken.push(new Worker(module));
  return taken;
}

/** Keeps a worker that is done with its work for the next check, without holding the process open. */
export function release(worker: Worker, module: URL): void {
  const entry: Idle = {
    worker,
    module: module.href,
    broken: false,
    watch: () => (entry.broken = true),
  };
  worker.on("error", entry.watch).on("exit", entry.watch).unref();
  idle.push(entry);
}
