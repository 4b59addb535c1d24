/** Entry point of `npm run check`; the work is in lib/check-cli.ts so that tests can run it in-process. */
import { main } from "./lib/check-cli.ts";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const stop = new AbortController();
process.once("SIGINT", () => stop.abort());

process.exitCode = await main(process.argv.slice(2), {
  signal: stop.signal,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: readStdin,
  cwd: process.cwd(),
}).catch((error: unknown) => {
  process.stderr.write(`The check could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 2;
});
