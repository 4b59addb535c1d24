/**
 * A worker thread of `extract-pool.ts`: for each job a pool sends, claims
 * chunks of pages, extracts them and posts each chunk back, until none is
 * left; then it waits for the next job. Node loads this file with its own
 * type stripping, so it and what it imports use erasable TypeScript.
 */
import { workerData, type MessagePort } from "node:worker_threads";
import { extractPageText, type PageExtraction } from "./page-extraction.ts";
import { claimNext, signal } from "./extract-chunks.ts";
import type { ChunkMessage, ExtractionJob } from "./extract-workers.ts";

const { port } = workerData as { port: MessagePort };

port.on("message", ({ job, texts, chunkSize, shared }: ExtractionJob) => {
  for (let chunk = claimNext(shared); chunk >= 0; chunk = claimNext(shared)) {
    const from = chunk * chunkSize;
    let extractions: PageExtraction[] | null = null;
    let error: string | null = null;
    try {
      extractions = texts.slice(from, from + chunkSize).map(extractPageText);
    } catch (e) {
      // The pool parses this chunk again on its own thread, where the error surfaces as it would without workers.
      error = (e as Error).stack ?? String(e);
    }
    port.postMessage({ job, chunk, extractions, error } satisfies ChunkMessage);
    signal(shared);
  }
});
