/**
 * `npm run check`: checks every source and page and prints the findings.
 * Exit codes: 0 clean (warnings allowed), 1 findings, 2 could not run.
 */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import {
  coverage,
  FORMATS,
  loadProject,
  readNumbers,
  type CheckResult,
  type FormatName,
  type SourceCoverage,
} from "../../src/facts/index.ts";
import { checkProjectInParallel } from "./parse-pool.ts";
import { watchProject } from "./watch.ts";

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: () => Promise<string>;
  cwd: string;
  /** Ends `--watch` (Ctrl-C in a terminal). */
  signal?: AbortSignal;
}

const USAGE = `Usage: npm run check -- [options]
       npm run --silent check -- numbers < text.txt

numbers: print, as JSON, every number the check reads in standard input, with its value (a range
also \`to\`), kind, unit, qualifier and, when not exact, its relation (README, "What the reader
reads"); what it will not read is reported by the check itself.

Options:
  --format <stylish|json|github>  output format (default: stylish)
  --coverage                      list every number of each source and whether a fact cites it
  --watch                         check again on every save, printing only what changed
  --root <dir>                    project folder (default: the current one)
  --help                          show this help

Exit codes: 0 clean, 1 findings, 2 bad usage or configuration.
`;

export async function main(argv: string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", default: "stylish" },
        coverage: { type: "boolean", default: false },
        watch: { type: "boolean", default: false },
        root: { type: "string" },
        help: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals[0] === "numbers" && positionals.length === 1) {
    io.stdout(JSON.stringify(readNumbers(await io.stdin()).map(publicNumber), null, 2) + "\n");
    return 0;
  }
  if (positionals.length > 0) {
    io.stderr(
      `Unexpected argument \`${positionals.join(" ")}\`, expected \`numbers\` or options only\n\n${USAGE}`,
    );
    return 2;
  }
  if (!Object.hasOwn(FORMATS, values.format)) {
    io.stderr(
      `Unexpected format \`${values.format}\`, expected one of ${Object.keys(FORMATS)
        .map((f) => `\`${f}\``)
        .join(", ")}\n`,
    );
    return 2;
  }
  const format = values.format as FormatName;
  const root = resolve(io.cwd, values.root ?? ".");

  if (values.watch) return watchProject(root, io, io.signal ?? new AbortController().signal);

  const files = await loadProject({ root });
  if (files.sources.length === 0) {
    io.stderr(`No sources found in ${resolve(root, "sources")}: expected one folder per source\n`);
    return 2;
  }
  if (files.pages.length === 0) {
    io.stderr(`No pages found in ${resolve(root, "content")}: expected .mdx files to check\n`);
    return 2;
  }
  // Every core parses pages; a small site starts no worker (workerCount in parse-pool.ts).
  const result = await checkProjectInParallel(files);
  const { findings } = result.report;
  const { texts } = result;
  io.stdout(FORMATS[format](findings, texts));
  if (format === "stylish") {
    io.stdout(summary(result));
    if (values.coverage) io.stdout(coverageReport(coverage(result.sources, result.facts)));
  }
  return result.report.errorCount > 0 ? 1 : 0;
}

/** The fields the `numbers` command promises, in a stable order. */
function publicNumber(n: ReturnType<typeof readNumbers>[number]) {
  return {
    text: n.text,
    start: n.start,
    end: n.end,
    value: n.value,
    ...(n.to === null ? {} : { to: n.to }),
    kind: n.kind,
    unit: n.unit,
    qualifier: n.qualifier,
    ...(n.relation === "exact" ? {} : { relation: n.relation }),
    ...(n.date === null ? {} : { date: n.date }),
    ...(n.dateTo === null ? {} : { dateTo: n.dateTo }),
  };
}

function summary({ pages, facts, sources }: CheckResult): string {
  const optOuts = pages.reduce((sum, p) => sum + p.extracted.optOuts.length, 0);
  const uncited = pages.reduce((sum, p) => sum + p.extracted.uncited.length, 0);
  const anchored = { exact: 0, normalised: 0, failed: 0 };
  for (const f of facts) anchored[f.location?.status ?? "failed"]++;
  return (
    `Checked ${count(facts.length, "fact")} on ${count(pages.length, "page")} ` +
    `against ${count(sources.size, "source")}: ` +
    `quotes anchored ${anchored.exact} exact, ${anchored.normalised} after normalisation, ${anchored.failed} failed; ` +
    `${count(uncited, "uncited number")}; ${count(optOuts, "opt-out")} (<NotAClaim>).\n`
  );
}

function count(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}

function coverageReport(report: SourceCoverage[]): string {
  const out: string[] = [
    "",
    "Coverage: the numbers of each source's reading edition, and the facts that cite them",
  ];
  for (const s of report) {
    const pct = s.numbers.length === 0 ? 100 : (100 * s.cited) / s.numbers.length;
    out.push(`${s.source}: ${s.cited} of ${s.numbers.length} cited (${pct.toFixed(1)}%)`);
    for (const n of s.numbers)
      out.push(
        `  ${n.citedBy.length ? "cited    " : "UNCITED  "}${n.anchor.padEnd(12)} ` +
          `${n.number.text}${n.citedBy.length ? `  <- ${n.citedBy.join(", ")}` : ""}`,
      );
    if (s.exempt.length)
      out.push(
        `  exempt (layout notes and placeholders are not content): ` +
          `${s.exempt.map((n) => `\`${n.number.text}\``).join(", ")}`,
      );
  }
  const total = report.reduce((a, s) => a + s.numbers.length, 0);
  const cited = report.reduce((a, s) => a + s.cited, 0);
  out.push(
    `Total: ${cited} of ${total} numbers cited (${total === 0 ? "100.0" : ((100 * cited) / total).toFixed(1)}%)`,
  );
  return out.join("\n") + "\n";
}
