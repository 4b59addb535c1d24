/** Entry point of `npm run add-source`; the work is in lib/add-source-cli.ts so that tests can run it in-process. */
import { main } from "./lib/add-source-cli.ts";

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: async () => "",
  cwd: process.cwd(),
}).catch((error: unknown) => {
  process.stderr.write(`The add-source command could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 2;
});
