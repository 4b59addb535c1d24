/**
 * The shared state of `extract-pool.ts`: which chunks of pages are taken, and
 * a counter that wakes the main thread when a worker posts one. Claims are
 * atomic, so every chunk is extracted by exactly one thread.
 */

/**
 * `[NEXT, SIGNAL, state of chunk 0, state of chunk 1, ...]` over a SharedArrayBuffer; a chunk's
 * state is 1 once claimed.
 */
export type PoolShared = Int32Array;

const NEXT = 0;
const SIGNAL = 1;
const FIRST = 2;

export function sharedState(chunks: number): PoolShared {
  return new Int32Array(new SharedArrayBuffer((FIRST + chunks) * Int32Array.BYTES_PER_ELEMENT));
}

export function chunkCount(shared: PoolShared): number {
  return shared.length - FIRST;
}

/** Claims `chunk` if nobody has; true when this thread now owns it. */
export function claim(shared: PoolShared, chunk: number): boolean {
  return (
    chunk >= 0 &&
    chunk < chunkCount(shared) &&
    Atomics.compareExchange(shared, FIRST + chunk, 0, 1) === 0
  );
}

/**
 * Claims the first chunk nobody has, front to back (the order the main thread needs them); -1 when
 * none is left.
 */
export function claimNext(shared: PoolShared): number {
  for (;;) {
    const chunk = Atomics.add(shared, NEXT, 1);
    if (chunk >= chunkCount(shared)) return -1;
    if (claim(shared, chunk)) return chunk;
  }
}

/** Leaves no chunk to claim: workers still on this job stop after the chunk they hold. */
export function abandon(shared: PoolShared): void {
  Atomics.store(shared, NEXT, chunkCount(shared));
}

/** Tells the main thread that a chunk was posted. */
export function signal(shared: PoolShared): void {
  Atomics.add(shared, SIGNAL, 1);
  Atomics.notify(shared, SIGNAL);
}

/** The signal count, to wait on. */
export function signals(shared: PoolShared): number {
  return Atomics.load(shared, SIGNAL);
}

/** Sleeps until a worker signals after `seen`, or `timeoutMs` passes; false on time-out. */
export function waitForSignal(shared: PoolShared, seen: number, timeoutMs: number): boolean {
  return Atomics.wait(shared, SIGNAL, seen, timeoutMs) !== "timed-out";
}
