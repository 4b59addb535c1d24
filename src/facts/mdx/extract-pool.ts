/**
 * Step 2 of the check (parse and extract each page) on worker threads, while
 * the main thread prepares the sources and checks the pages already
 * extracted. The main thread asks for pages in order; a page no worker has
 * reached yet it extracts itself, so the result never depends on how many
 * threads ran, or whether any could start. Everything here is synchronous:
 * the main thread polls the workers' ports and sleeps on a shared counter.
 */
import { receiveMessageOnPort } from "node:worker_threads";
import { extractPageText, type PageExtraction } from "./page-extraction.ts";
import {
  abandon,
  claim,
  sharedState,
  signals,
  waitForSignal,
  type PoolShared,
} from "./extract-chunks.ts";
import {
  returnWorkers,
  takeWorkers,
  workerCount,
  WORKER_MODULE,
  type ChunkMessage,
  type ExtractionWorker,
} from "./extract-workers.ts";

export { MIN_PAGES_PER_WORKER } from "./extract-workers.ts";
// A worker silent this long is taken for dead, and the main thread does its chunk.
const STALL_MS = 30_000;

export interface PoolOptions {
  /** The worker's module; tests point it elsewhere to see the pool do without workers. */
  worker?: URL;
}

let jobs = 0;

export class ExtractionPool {
  /** How many chunks there are, and how many of them workers extracted: the work was shared only if some. */
  readonly stats = { chunks: 0, byWorkers: 0 };
  private readonly texts: readonly string[];
  private readonly chunkSize: number;
  private readonly shared: PoolShared;
  private readonly results: (PageExtraction[] | undefined)[];
  private readonly job = ++jobs;
  private readonly module: URL;
  private workers: ExtractionWorker[];
  /** The next chunk to take from the back when the main thread has nothing better to do. */
  private back: number;

  /** `threads` counts the main thread: 1 extracts everything here, as a plain loop would. */
  constructor(
    texts: readonly string[],
    threads: number,
    { worker = WORKER_MODULE }: PoolOptions = {},
  ) {
    this.texts = texts;
    const workers = workerCount(texts.length, threads);
    // Chunks small enough to share the work evenly at the end, big enough that messages cost little.
    this.chunkSize = Math.max(1, Math.min(16, Math.ceil(texts.length / (8 * (workers + 1)))));
    const chunks = Math.ceil(texts.length / this.chunkSize);
    this.shared = sharedState(chunks);
    this.results = new Array<PageExtraction[] | undefined>(chunks);
    this.back = chunks - 1;
    this.stats.chunks = chunks;
    this.module = worker;
    this.workers = takeWorkers(workers, worker);
    for (const { port } of this.workers)
      port.postMessage({ job: this.job, texts, chunkSize: this.chunkSize, shared: this.shared });
  }

  /** Page `k`'s extraction: a worker's if one has posted it, otherwise extracted here. */
  take(k: number): PageExtraction {
    const chunk = Math.floor(k / this.chunkSize);
    while (this.results[chunk] === undefined) this.progress(chunk);
    return this.results[chunk][k % this.chunkSize] as PageExtraction;
  }

  /** Done with the pages: workers stop claiming chunks and wait for the next check. */
  close(): void {
    abandon(this.shared);
    returnWorkers(this.workers, this.module);
    this.workers = [];
  }

  /** One step towards having `chunk`: take what workers posted, or extract some chunk here, or wait. */
  private progress(chunk: number): void {
    const seen = signals(this.shared);
    if (this.receive()) return;
    if (claim(this.shared, chunk)) {
      this.results[chunk] = this.extract(chunk);
      return;
    }
    // A worker has the chunk: do one from the back meanwhile, since it is needed anyway.
    while (this.back > chunk && !claim(this.shared, this.back)) this.back--;
    if (this.back > chunk) {
      this.results[this.back] = this.extract(this.back);
      return;
    }
    if (!waitForSignal(this.shared, seen, STALL_MS) && !this.receive())
      this.results[chunk] = this.extract(chunk);
  }

  /** Stores every chunk the workers have posted; true when there was one. */
  private receive(): boolean {
    let got = false;
    for (const { port } of this.workers) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const { job, chunk, extractions } = m.message as ChunkMessage;
        if (job !== this.job) continue; // a late chunk of an earlier check
        if (extractions && this.results[chunk] === undefined) this.stats.byWorkers++;
        this.results[chunk] ??= (extractions as PageExtraction[] | null) ?? this.extract(chunk);
        got = true;
      }
    }
    return got;
  }

  private extract(chunk: number): PageExtraction[] {
    const from = chunk * this.chunkSize;
    return this.texts.slice(from, from + this.chunkSize).map(extractPageText);
  }
}
