/**
 * Entry point of `npm run budgets`; the work is in lib/budgets-cli.ts and lib/budgets.ts so that
 * tests can run it in-process.
 */
import { main } from "./lib/budgets-cli.ts";
import { runCli } from "./lib/run-cli.ts";

await runCli("budgets script", main);
