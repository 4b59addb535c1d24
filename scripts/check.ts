/**
 * Entry point of `npm run check`; the work is in lib/check-cli.ts so that tests can run it
 * in-process.
 */
import { main } from "./lib/check-cli.ts";
import { runCli } from "./lib/run-cli.ts";

await runCli("check", main);
