/** Runs a command's `main` against the real process: its streams, Ctrl-C, and exit code 2 when it cannot run. */
import type { Io } from "./check-cli.ts";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function runCli(
  name: string,
  main: (argv: string[], io: Io) => Promise<number>,
): Promise<void> {
  const stop = new AbortController();
  process.once("SIGINT", () => stop.abort());
  // A reader that stops early (`npm run check | head`) closes the pipe: stop quietly, as Unix tools do.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    stop.abort();
    process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await main(process.argv.slice(2), {
    signal: stop.signal,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: readStdin,
    cwd: process.cwd(),
  }).catch((error: unknown) => {
    process.stderr.write(
      `The ${name} could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 2;
  });
}
