/**
 * `npm run check`: checks every source and page and prints the findings.
 * Exit codes: 0 clean (warnings allowed), 1 findings, 2 could not run.
 */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
// Only what a cached run needs is imported here: the engine (the MDX parser above all) loads on
// demand, so that a run over unchanged files answers at once.
import type { Finding, FormatName, readNumbers, SourceCoverage } from "../../src/facts/index.ts";
import { FORMATS } from "../../src/facts/format/index.ts";
import { summaryLine, summaryOf, type Summary } from "../../src/facts/format/summary.ts";
import { loadProject } from "../../src/facts/load.ts";
import {
  engineKey,
  pageKey,
  projectKey,
  readExtractions,
  readRun,
  textsOf,
  writeExtractions,
  writeRun,
} from "./check-cache.ts";
import { startWorkers } from "./parse-workers.ts";

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
  --coverage                      list every number of each source and whether a fact cites
                                  it, and the passages with numbers no fact cites
  --watch                         check again on every save, printing only what changed
  --cache                         keep findings and parsed pages in .astro/cache/facts-check, and
                                  check again only what changed since (as ESLint's --cache)
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
        cache: { type: "boolean", default: false },
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
    const { readNumbers } = await import("../../src/facts/index.ts");
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

  if (values.watch) {
    const { watchProject } = await import("./watch.ts");
    return watchProject(root, io, io.signal ?? new AbortController().signal);
  }

  const files = await loadProject({ root });
  if (files.sources.length === 0) {
    io.stderr(`No sources found in ${resolve(root, "sources")}: expected one folder per source\n`);
    return 2;
  }
  if (files.pages.length === 0) {
    io.stderr(`No pages found in ${resolve(root, "content")}: expected .mdx files to check\n`);
    return 2;
  }
  // With --cache, unchanged files print the last check's findings (the coverage report needs the
  // whole result, so it always checks).
  const engine = values.cache ? engineKey() : "";
  const key = values.cache ? projectKey(engine, files) : "";
  const hit = values.cache && !values.coverage ? readRun(root, key) : null;
  // Findings are printed with the lines of their own files: only those are decoded.
  if (hit) {
    const texts = textsOf(files, new Set(hit.findings.map((f) => f.file)));
    return report(io, format, hit.findings, texts, hit.summary);
  }

  const cached = values.cache ? readExtractions(root) : new Map<string, never>();
  const known = files.pages.map((p) => cached.get(pageKey(engine, p.text)));
  // Every core parses pages; a small site starts no worker (workerCount in parse-workers.ts). The
  // workers start now, to load the parser while this thread loads the engine.
  startWorkers(known.filter((k) => k === undefined).length);
  const { checkProjectInParallel } = await import("./parse-pool.ts");
  const result = await checkProjectInParallel(files, undefined, known);
  if (values.cache) {
    const parsed = result.pages.map((p) => {
      const key = pageKey(engine, result.texts.get(p.file) ?? "");
      return [key, { page: p.extracted }] as const;
    });
    writeExtractions(root, new Map(parsed));
    writeRun(root, { key, findings: result.report.findings, summary: summaryOf(result) });
  }
  const code = report(io, format, result.report.findings, result.texts, summaryOf(result));
  if (format === "stylish" && values.coverage) {
    const { coverage } = await import("../../src/facts/index.ts");
    io.stdout(coverageReport(coverage(result.sources, result.facts)));
  }
  return code;
}

/** Prints the findings in `format` (and, for people, the summary line); returns the exit code. */
function report(
  io: Io,
  format: FormatName,
  findings: Finding[],
  texts: ReadonlyMap<string, string>,
  counts: Summary,
): number {
  io.stdout(FORMATS[format](findings, texts));
  if (format === "stylish") io.stdout(summaryLine(counts));
  return findings.some((f) => f.severity === "error") ? 1 : 0;
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
    if (s.uncitedPassages.length) {
      out.push("  passages with numbers no fact cites (`npm run cite` offers callouts for them):");
      for (const p of s.uncitedPassages)
        out.push(
          `    ${p.anchor.padEnd(10)} ${p.numbers.map((n) => `\`${n}\``).join(", ")}: ${clip(p.text)}`,
        );
    }
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

/** A sentence cut to one line of the report. */
function clip(text: string): string {
  return text.length > 110 ? `${text.slice(0, 109)}…` : text;
}
