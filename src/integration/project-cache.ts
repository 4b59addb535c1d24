/**
 * One check of the project per build, shared by the integration, the remark
 * plugin and the pages. Astro loads the config and renders the pages as
 * separate module graphs in one process, so the result is kept on
 * `globalThis`, not in a module variable.
 */
import { performance } from "node:perf_hooks";
import { availableParallelism } from "node:os";
import type { CheckResult } from "../facts/index.ts";
import { checkOnThread } from "./check-thread.ts";

const KEY = Symbol.for("dalian-facts/project-results");
const DEV = Symbol.for("dalian-facts/dev-roots");
const TALLY = Symbol.for("dalian-facts/check-tally");

/** What the check cost this process's main thread, in milliseconds, and how it went. */
export interface CheckTally {
  /**
   * The whole-project check: waiting for its thread and decoding its result (or checking, when it
   * ran here).
   */
  projectMs: number;
  /**
   * How long the whole-project check ran on its own thread, alongside Astro; null when it ran on
   * the main thread.
   */
  threadMs: number | null;
  /** Why the whole-project check ran on the main thread, when it did. */
  fallback: string | null;
  /** The pages' remark passes. */
  pagesMs: number;
  /** Pages whose results the whole-project check had already (a build reads the same files). */
  pagesReused: number;
  /**
   * Pages checked again on their own (under `astro dev`, or when the page differs from what the
   * project check read).
   */
  pagesChecked: number;
}

export function checkTally(): CheckTally {
  const global = globalThis as { [TALLY]?: CheckTally };
  global[TALLY] ??= {
    projectMs: 0,
    threadMs: null,
    fallback: null,
    pagesMs: 0,
    pagesReused: 0,
    pagesChecked: 0,
  };
  return global[TALLY];
}

/**
 * Runs a page's part of the check and adds its time to the tally, so that the build can say what
 * the check cost it.
 */
export function timePage<T>(work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    checkTally().pagesMs += performance.now() - started;
  }
}

/** Records that `root` is served by `astro dev`, where pages change while the process runs. */
export function setDev(root: string, dev: boolean): void {
  const global = globalThis as { [DEV]?: Set<string> };
  global[DEV] ??= new Set();
  if (dev) global[DEV].add(root);
  else global[DEV].delete(root);
}

export function isDev(root: string): boolean {
  return (globalThis as { [DEV]?: Set<string> })[DEV]?.has(root) ?? false;
}

function cache(): Map<string, Promise<CheckResult>> {
  const global = globalThis as { [KEY]?: Map<string, Promise<CheckResult>> };
  global[KEY] ??= new Map();
  return global[KEY];
}

/**
 * Waits for the whole-project check, adding the wait to the tally: the time
 * the main thread stood still for it. Decoding (or checking) during the wait
 * was added to the tally already, and is part of the wait: counted once.
 */
export async function waitForCheck(check: Promise<CheckResult>): Promise<CheckResult> {
  const tally = checkTally();
  const before = tally.projectMs;
  const started = performance.now();
  try {
    return await check;
  } finally {
    tally.projectMs = before + (performance.now() - started);
  }
}

/**
 * Starts checking the project at `root` on its own thread, and remembers the result for the rest
 * of the process.
 */
export function checkAndRemember(root: string): Promise<CheckResult> {
  const result = checkOnThread(root, availableParallelism()).then(
    ({ result, thread, fallback, hereMs }) => {
      const tally = checkTally();
      tally.projectMs += hereMs;
      if (thread) tally.threadMs = (tally.threadMs ?? 0) + thread.ms;
      tally.fallback = fallback;
      return result;
    },
  );
  cache().set(root, result);
  // A check that could not run is not remembered: the next caller tries again.
  result.catch(() => cache().delete(root));
  return result;
}

/**
 * Under `astro dev` a page was edited: the next caller checks again (once, not once per callout).
 */
export function forget(root: string): void {
  cache().delete(root);
}

/** The remembered result for `root`, or a fresh check when there is none. */
export function rememberedCheck(root: string): Promise<CheckResult> {
  return cache().get(root) ?? checkAndRemember(root);
}
