/**
 * A worker thread of `extract-pool.ts`: claims chunks of pages, extracts them
 * and posts each chunk back, until none is left. Node loads this file with
 * its own type stripping, so it and what it imports use erasable TypeScript.
 */
import { workerData, type MessagePort } from "node:worker_threads";
import { extractPageText, type PageExtraction } from "./page-extraction.ts";
import { claimNext, signal, type PoolShared } from "./extract-chunks.ts";

const { texts, chunkSize, shared, port } = workerData as { texts: string[]; chunkSize: number; shared: PoolShared; port: MessagePort };

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
  port.postMessage({ chunk, extractions, error });
  signal(shared);
}
port.close();
