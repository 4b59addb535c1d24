/**
 * The thread on which `check-thread.ts` checks a project: for each job, load
 * the files, check them (parsing pages on worker threads of its own), and
 * send the result back as bytes. Node loads this file with its own type
 * stripping, so it and what it imports use erasable TypeScript.
 */
import { parentPort, type MessagePort } from "node:worker_threads";
import { checkProject, encodeResult, loadProject } from "../facts/index.ts";
import type { CheckJob, CheckReply } from "./check-thread.ts";

const port = parentPort as MessagePort;

port.on("message", (job: CheckJob) => void answer(job));

async function answer({ job, root, threads }: CheckJob): Promise<void> {
  const started = performance.now();
  let reply: CheckReply;
  let kind: "engine" | "transfer" = "engine";
  try {
    const result = checkProject(await loadProject({ root }), { threads });
    kind = "transfer";
    reply = { job, bytes: encodeResult(result), ms: performance.now() - started, error: null };
  } catch (error) {
    // An engine error is the caller's, as it would be had the check run there; a result that
    // cannot be sent, the caller checks again itself.
    reply = {
      job,
      bytes: null,
      ms: performance.now() - started,
      error: {
        kind,
        message: (error as Error).message ?? String(error),
        stack: (error as Error).stack ?? "",
      },
    };
  }
  // The bytes move, not copied, when they fill their buffer (v8.serialize gives them one of their
  // own).
  const { bytes } = reply;
  port.postMessage(
    reply,
    bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
      ? [bytes.buffer as ArrayBuffer]
      : [],
  );
}
