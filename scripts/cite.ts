/** Entry point of `npm run cite`; the work is in lib/cite-cli.ts so that tests can run it in-process. */
import { main } from "./lib/cite-cli.ts";
import { runCli } from "./lib/run-cli.ts";

await runCli("cite command", main);
