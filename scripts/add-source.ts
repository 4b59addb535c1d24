/** Entry point of `npm run add-source`; the work is in lib/add-source-cli.ts so that tests can run it in-process. */
import { main } from "./lib/add-source-cli.ts";
import { runCli } from "./lib/run-cli.ts";

await runCli("add-source command", main);
