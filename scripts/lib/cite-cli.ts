/**
 * `npm run cite -- "words or a number"`: the best passages of every source,
 * each with ready-to-paste `<Fact>` callouts that the check accepts.
 * Exit codes: 0 passages found, 1 none, 2 could not run.
 */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { cite, loadSources, newRun, prepareSources } from "../../src/facts/index.ts";
import type { Io } from "./check-cli.ts";

const USAGE = `Usage: npm run cite -- "words or a number" [--limit 5] [--root <dir>]
`;

export async function main(argv: string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { limit: { type: "string", default: "5" }, root: { type: "string" } },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const query = args.positionals.join(" ").trim();
  const limit = Number(args.values.limit);
  if (query === "" || !Number.isInteger(limit) || limit < 1) {
    io.stderr(USAGE);
    return 2;
  }
  const root = resolve(io.cwd, args.values.root ?? ".");
  const sources = prepareSources(await loadSources(root), newRun());
  if (sources.size === 0) {
    io.stderr(`No sources found in ${resolve(root, "sources")}\n`);
    return 2;
  }
  const citations = cite(sources, query, { limit });
  if (citations.length === 0) {
    io.stdout(`No passage matches \`${query}\`.\n`);
    return 1;
  }
  for (const c of citations) {
    io.stdout(
      `${c.passage.source} #${c.passage.anchor}  (score ${c.score.toFixed(1)})\n  ${c.passage.text}\n`,
    );
    for (const s of c.snippets) {
      io.stdout(`    ${s.mdx}\n`);
      // Some checks read the sentence the callout is pasted into: say what they will ask for.
      for (const say of s.sentence) io.stdout(`      your sentence must say ${say}\n`);
    }
    if (c.snippets.length === 0)
      io.stdout(
        "    (no callout from this passage passes the check on its own; quote more of its paragraph)\n",
      );
    io.stdout("\n");
  }
  return 0;
}
