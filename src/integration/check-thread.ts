/**
 * Checks a project on a thread of its own, so that Astro's work goes on while
 * the check runs; the build awaits the result only when it needs it. One
 * thread serves every check of the process (each `astro dev` edit, warm).
 * Where the thread cannot run (a bundle that moved this file, a crash, a
 * result that cannot cross), the check runs here instead: the result is the
 * same, only the time differs, and the caller is told why.
 */
import { Worker } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import { checkProject, decodeResult, loadProject, type CheckResult } from "../facts/index.ts";

/**
 * What the thread is asked: check the project at `root` on `threads` threads (its own included).
 */
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
  /**
   * `engine`: the check itself failed, as it would here; `transfer`: the result could not be sent.
   */
  error: { kind: "engine" | "transfer"; message: string; stack: string } | null;
}

export interface ThreadCheck {
  result: CheckResult;
  /** The thread that checked, and how long it took; null when the check ran on this thread. */
  thread: { id: number; ms: number } | null;
  /** Why the check ran on this thread, when it did. */
  fallback: string | null;
  /** What the check cost this thread: decoding the result, or the whole check when it ran here. */
  hereMs: number;
}

export interface ThreadOptions {
  /**
   * The thread's module, when it starts; tests point it elsewhere to see the check do without it.
   */
  worker?: URL;
}

const WORKER = new URL("./check-worker.ts", import.meta.url);

interface Pending {
  job: CheckJob;
  resolve: (check: ThreadCheck) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * The thread and its jobs, on `globalThis`: Astro loads the config and the
 * pages as separate module graphs in one process, and both must find the
 * same thread. `broken` says why the thread failed: later checks run here.
 */
interface State {
  thread: Thread | null;
  broken: string | null;
  jobs: number;
}

const KEY = Symbol.for("dalian-facts/check-thread");

function state(): State {
  const global = globalThis as { [KEY]?: State };
  global[KEY] ??= { thread: null, broken: null, jobs: 0 };
  return global[KEY];
}

/** Checks the project at `root`, on the check thread when it can run. */
export function checkOnThread(
  root: string,
  threads: number,
  { worker = WORKER }: ThreadOptions = {},
): Promise<ThreadCheck> {
  const s = state();
  const job = { job: ++s.jobs, root, threads };
  const t = s.broken === null ? (s.thread ?? start(worker)) : null;
  if (!t) return checkHere(job, s.broken ?? "the check thread could not start");
  return new Promise<ThreadCheck>((resolve, reject) => {
    t.pending.set(job.job, { job, resolve, reject });
    // A job under way keeps the process alive; an idle thread never does.
    t.worker.ref();
    t.worker.postMessage(job);
  });
}

function start(url: URL): Thread | null {
  const s = state();
  let worker: Worker;
  try {
    worker = new Worker(url, {
      // Node's own type stripping loads the worker (on by default from Node 22.18); nothing of the
      // parent's loaders is needed.
      execArgv: (process.features as { typescript?: string }).typescript
        ? []
        : ["--experimental-strip-types", "--disable-warning=ExperimentalWarning"],
    });
  } catch (error) {
    s.broken = `the check thread could not start: ${(error as Error).message}`;
    return null;
  }
  const t: Thread = { worker, pending: new Map() };
  worker.unref();
  worker.on("message", (reply: CheckReply) => settle(t, reply));
  // A thread that fails to load, dies or sends what cannot be read: its jobs, and every later one,
  // run here.
  const fail = (why: string) => {
    if (s.thread === t) s.thread = null;
    s.broken ??= why;
    void worker.terminate();
    for (const p of t.pending.values()) checkHere(p.job, why).then(p.resolve, p.reject);
    t.pending.clear();
  };
  worker.on("error", (error) => fail(`the check thread failed: ${error.message}`));
  worker.on("messageerror", (error) =>
    fail(`the check thread's answer could not be read: ${error.message}`),
  );
  worker.on("exit", (code) => fail(`the check thread ended (exit code ${code})`));
  s.thread = t;
  return t;
}

function settle(t: Thread, reply: CheckReply): void {
  const p = t.pending.get(reply.job);
  if (!p) return;
  t.pending.delete(reply.job);
  if (t.pending.size === 0) t.worker.unref();
  if (reply.error?.kind === "engine") {
    const error = new Error(reply.error.message);
    if (reply.error.stack) error.stack = reply.error.stack;
    p.reject(error);
    return;
  }
  let check: ThreadCheck | null = null;
  let why = reply.error
    ? `the check thread could not send its result: ${reply.error.message}`
    : "the check thread sent no result";
  if (reply.bytes) {
    const started = performance.now();
    try {
      check = {
        result: decodeResult(reply.bytes),
        thread: { id: t.worker.threadId, ms: reply.ms },
        fallback: null,
        hereMs: performance.now() - started,
      };
    } catch (error) {
      why = `the check thread's result could not be decoded: ${(error as Error).message}`;
    }
  }
  if (check) p.resolve(check);
  else checkHere(p.job, why).then(p.resolve, p.reject);
}

async function checkHere({ root, threads }: CheckJob, why: string): Promise<ThreadCheck> {
  const files = await loadProject({ root });
  const started = performance.now();
  const result = checkProject(files, { threads });
  return { result, thread: null, fallback: why, hereMs: performance.now() - started };
}
