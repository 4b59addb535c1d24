/**
 * Entry point of `npm run check`; the work is in lib/check-cli.ts so that tests can run it
 * in-process.
 */
import { readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { startExtractionWorkers, workerCount } from "../src/facts/mdx/extract-workers.ts";

// The check parses pages on every core. Its workers (as many as the pool will use for these pages)
// start first, and load the MDX parser while this thread loads the engine and reads the files.
startExtractionWorkers(workerCount(pagesToCheck(process.argv.slice(2)), availableParallelism()));

const { main } = await import("./lib/check-cli.ts");
const { runCli } = await import("./lib/run-cli.ts");
await runCli("check", main);

/**
 * The pages the check will read (`.mdx` under `content/`), counted cheaply; 0 when it reads none
 * (`numbers`, `--help`, bad usage).
 */
function pagesToCheck(argv: string[]): number {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      strict: false,
      allowPositionals: true,
      options: { root: { type: "string" } },
    });
    if (positionals.length > 0 || values.help) return 0;
    const root = typeof values.root === "string" ? values.root : ".";
    return readdirSync(join(resolve(root), "content"), {
      recursive: true,
      encoding: "utf8",
    }).filter((p) => p.endsWith(".mdx")).length;
  } catch {
    return 0; // the check itself says what is wrong
  }
}
