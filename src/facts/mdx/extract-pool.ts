/**
 * Step 2 of the check (parse and extract each page) on worker threads, while
 * the main thread prepares the sources and checks the pages already
 * extracted. The main thread asks for pages in order; a page no worker has
 * reached yet it extracts itself, so the result never depends on how many
 * threads ran, or whether any could start. Everything here is synchronous:
 * the main thread polls the workers' ports and sleeps on a shared counter.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { extractPageText, type PageExtraction } from "./page-extraction.ts";
import { claim, sharedState, signals, waitForSignal, type PoolShared } from "./extract-chunks.ts";

// Below this many pages, starting a worker (about 0.3 s to load the parser) costs more than it saves.
export const MIN_PAGES_PER_WORKER = 64;
// A worker silent this long is taken for dead, and the main thread does its chunk.
const STALL_MS = 30_000;

interface ChunkMessage {
  chunk: number;
  extractions: PageExtraction[] | null;
  error: string | null;
}

export interface PoolOptions {
  /** The worker's module; tests point it elsewhere to see the pool do without workers. */
  worker?: URL;
}

export class ExtractionPool {
  /** How many chunks there are, and how many of them workers extracted: the work was shared only if some. */
  readonly stats = { chunks: 0, byWorkers: 0 };
  private readonly texts: readonly string[];
  private readonly chunkSize: number;
  private readonly shared: PoolShared;
  private readonly results: (PageExtraction[] | undefined)[];
  private readonly workers: { worker: Worker; port: MessagePort }[] = [];
  /** The next chunk to take from the back when the main thread has nothing better to do. */
  private back: number;

  /** `threads` counts the main thread: 1 extracts everything here, as a plain loop would. */
  constructor(texts: readonly string[], threads: number, { worker = new URL("./extract-worker.ts", import.meta.url) }: PoolOptions = {}) {
    this.texts = texts;
    const workers = Math.max(0, Math.min(threads - 1, Math.floor(texts.length / MIN_PAGES_PER_WORKER)));
    // Chunks small enough to share the work evenly at the end, big enough that messages cost little.
    this.chunkSize = Math.max(1, Math.min(16, Math.ceil(texts.length / (8 * (workers + 1)))));
    const chunks = Math.ceil(texts.length / this.chunkSize);
    this.shared = sharedState(chunks);
    this.results = new Array(chunks);
    this.back = chunks - 1;
    this.stats.chunks = chunks;
    for (let w = 0; w < workers; w++) this.start(worker);
  }

  /** Page `k`'s extraction: a worker's if one has posted it, otherwise extracted here. */
  take(k: number): PageExtraction {
    const chunk = Math.floor(k / this.chunkSize);
    while (this.results[chunk] === undefined) this.progress(chunk);
    return (this.results[chunk] as PageExtraction[])[k % this.chunkSize] as PageExtraction;
  }

  /** Stops the workers; chunks they hold are no longer needed. */
  close(): void {
    for (const { worker, port } of this.workers) {
      port.close();
      void worker.terminate();
    }
    this.workers.length = 0;
  }

  private start(url: URL): void {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(url, {
      workerData: { texts: this.texts, chunkSize: this.chunkSize, shared: this.shared, port: port2 },
      transferList: [port2],
      // Node's own type stripping loads the worker; nothing of the parent's loaders is needed.
      execArgv: ["--experimental-strip-types", "--disable-warning=ExperimentalWarning"],
      stdout: false,
      stderr: false,
    });
    // A worker that cannot start claims nothing, and the main thread does all the work.
    worker.on("error", () => {});
    worker.unref();
    this.workers.push({ worker, port: port1 });
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
    if (!waitForSignal(this.shared, seen, STALL_MS) && !this.receive()) this.results[chunk] = this.extract(chunk);
  }

  /** Stores every chunk the workers have posted; true when there was one. */
  private receive(): boolean {
    let got = false;
    for (const { port } of this.workers) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const { chunk, extractions } = m.message as ChunkMessage;
        if (extractions && this.results[chunk] === undefined) this.stats.byWorkers++;
        this.results[chunk] ??= extractions ?? this.extract(chunk);
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

/** Every page's extraction in order, using up to `threads` threads. */
export function extractAll(texts: readonly string[], threads: number): PageExtraction[] {
  const pool = new ExtractionPool(texts, threads);
  try {
    return texts.map((_, k) => pool.take(k));
  } finally {
    pool.close();
  }
}
