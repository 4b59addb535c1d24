/**
 * Checks a project on a thread of its own, so that Astro's work goes on while
 * the check runs; the build awaits the result only when it needs it. One
 * thread serves every check of the process (each `astro dev` edit, warm).
 * Where the thread cannot run (a bundle that moved this file, a crash), the
 * check runs here instead: the result is the same, only the time differs.
 */
import { Worker } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import { checkProject, decodeResult, loadProject, type CheckResult } from "../facts/index.ts";

/** What the thread is asked: check the project at `root` on `threads` threads (its own included). */
export interface CheckJob {
  job: number;
  root: string;
  threads: number;
}

/** What it answers: the result as bytes, or the error that stopped the check. */
export interface CheckReply {
  job: number;
  bytes: Uint8Array | null;
  /** How long the check ran on the thread. */
  ms: number;
  error: { message: string; stack: string } | null;
}

export interface ThreadCheck {
  result: CheckResult;
  /** How long the check ran on its thread; null when it ran on this one. */
  threadMs: number | null;
  /** What the check cost this thread: decoding the result, or the whole check when it ran here. */
  hereMs: number;
}

const WORKER = new URL("./check-worker.ts", import.meta.url);

interface Pending {
  job: CheckJob;
  resolve: (check: ThreadCheck) => void;
  reject: (error: Error) => void;
}

let thread: { worker: Worker; pending: Map<number, Pending> } | null = null;
// Set once the thread has failed: later checks run here at once.
let broken = false;
let jobs = 0;

export interface ThreadOptions {
  /** The thread's module, when it starts; tests point it elsewhere to see the check do without it. */
  worker?: URL;
}

/** Checks the project at `root`, on the check thread when it can run. */
export function checkOnThread(root: string, threads: number, { worker = WORKER }: ThreadOptions = {}): Promise<ThreadCheck> {
  const job = { job: ++jobs, root, threads };
  const t = broken ? null : (thread ?? start(worker));
  if (!t) return checkHere(job);
  return new Promise<ThreadCheck>((resolve, reject) => {
    t.pending.set(job.job, { job, resolve, reject });
    // A job under way keeps the process alive; an idle thread never does.
    t.worker.ref();
    t.worker.postMessage(job);
  });
}

function start(url: URL): typeof thread {
  try {
    const worker = new Worker(url, {
      // Node's own type stripping loads the worker (on by default from Node 22.18); nothing of the parent's loaders is needed.
      execArgv: (process.features as { typescript?: string }).typescript ? [] : ["--experimental-strip-types", "--disable-warning=ExperimentalWarning"],
    });
    const t = { worker, pending: new Map<number, Pending>() };
    worker.unref();
    worker.on("message", (reply: CheckReply) => settle(t, reply));
    // A thread that fails to load or dies: its jobs, and every later one, run here.
    const fail = () => {
      broken = true;
      thread = null;
      void worker.terminate();
      for (const p of t.pending.values()) checkHere(p.job).then(p.resolve, p.reject);
      t.pending.clear();
    };
    worker.on("error", fail);
    worker.on("exit", fail);
    thread = t;
    return t;
  } catch {
    broken = true;
    return null;
  }
}

function settle(t: NonNullable<typeof thread>, reply: CheckReply): void {
  const p = t.pending.get(reply.job);
  if (!p) return;
  t.pending.delete(reply.job);
  if (t.pending.size === 0) t.worker.unref();
  if (reply.error || !reply.bytes) {
    const error = new Error(reply.error?.message ?? "the check thread sent no result");
    if (reply.error?.stack) error.stack = reply.error.stack;
    p.reject(error);
    return;
  }
  const started = performance.now();
  const result = decodeResult(reply.bytes);
  p.resolve({ result, threadMs: reply.ms, hereMs: performance.now() - started });
}

async function checkHere({ root, threads }: CheckJob): Promise<ThreadCheck> {
  const files = await loadProject({ root });
  const started = performance.now();
  const result = checkProject(files, { threads });
  return { result, threadMs: null, hereMs: performance.now() - started };
}
