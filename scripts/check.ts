/** Entry point of `npm run check`; the work is in lib/check-cli.ts so that tests can run it in-process. */
import { availableParallelism } from "node:os";
import { startExtractionWorkers } from "../src/facts/mdx/extract-workers.ts";

// The check parses pages on every core. Its workers start first, and load the MDX parser while this thread loads the engine and reads the files.
startExtractionWorkers(availableParallelism() - 1);

const { main } = await import("./lib/check-cli.ts");
const { runCli } = await import("./lib/run-cli.ts");
await runCli("check", main);
