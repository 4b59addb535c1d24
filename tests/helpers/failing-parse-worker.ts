/** A page-parsing worker with a bug: it throws on its first chunk, as a crash in the parser would. */
import { parentPort } from "node:worker_threads";

parentPort!.on("message", () => {
  throw new Error("a bug in the parser");
});
