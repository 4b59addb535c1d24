/**
 * A worker thread of `parse-pool.ts`: parses each chunk of pages it is sent and sends back their
 * extractions. An exception is a bug, not a page that does not parse (that is a failure in the
 * extraction): it ends the worker, and the pool reports it.
 */
import { parentPort } from "node:worker_threads";
import { extractPageText } from "../../src/facts/mdx/page-extraction.ts";

const port = parentPort!;
port.on("message", (texts: string[]) => port.postMessage(texts.map(extractPageText)));
