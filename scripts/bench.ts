/**
 * `npm run bench`: how fast the facts engine checks a large synthetic project,
 * and what share of `astro build` the check costs. Everything is generated
 * from a fixed seed in a temp folder that is removed at the end.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { checkProject, FORMATS, loadProject, type CheckResult } from "../src/facts/index.ts";
import { checkProjectInParallel } from "./lib/parse-pool.ts";
import {
  generatePages,
  generateSources,
  type SyntheticOptions,
  type SyntheticSources,
} from "./bench/synthetic.ts";
import {
  astroBuild,
  cleanSite,
  prepareSite,
  writeFiles,
  type BuildResult,
} from "./bench/astro-site.ts";
import { int, mb, pct, secs } from "./bench/format.ts";

const SEED = 0x5eed2024;
const PROJECT = resolve(import.meta.dirname, "..");
// The goals: 10k facts in a warm process, and `npm run check` over them in a new one.
const ENGINE_GOAL_S = 2.5;
const CLI_GOAL_S = 4;
const CACHED_GOAL_S = 0.5;
const BUILD_SHARE_GOAL = 0.1;
const BUILD_TIMEOUT_MS = 180_000;
const BUILD_ROUNDS = 3;
const FACTS_PER_PAGE = 10;

const started = performance.now();
const tmp = mkdtempSync(join(tmpdir(), "facts-bench-"));
const cleanup = () => rmSync(tmp, { recursive: true, force: true });
// Ctrl-C still removes the temp folder (and the kill reaches the astro child, which shares our
// process group).
process.on("SIGINT", () => {
  cleanup();
  process.exit(130);
});

const log = (line: string) => console.log(line);

try {
  await main();
} finally {
  cleanup();
}

async function main(): Promise<void> {
  log(
    `node ${process.version}, ${cpus().length} CPUs ` +
      `(${cpus()[0]?.model.trim() ?? "unknown"}), ${process.platform}-${process.arch}`,
  );
  log(`seed 0x${SEED.toString(16)}, temp folder ${tmp}`);

  // --- Generate: sources once, then pages in three content folders (1k, 10k, 100k facts).
  const opts: SyntheticOptions = { seed: SEED, factsPerPage: FACTS_PER_PAGE };
  let t = performance.now();
  const sources = generateSources(opts);
  const engineRoot = join(tmp, "engine");
  writeFiles(engineRoot, sources.files);
  const sizes = [
    { label: "1k", pages: 100, runs: 3, dir: "content-1k" },
    { label: "10k", pages: 1_000, runs: 3, dir: "content-10k" },
    { label: "100k", pages: 10_000, runs: 1, dir: "content-100k" },
  ];
  // 100k pages are written only when that step comes, so an early failure costs less.
  const writePages = (size: (typeof sizes)[number]) => {
    const pages = generatePages(opts, sources, 0, size.pages).map((f) => ({
      ...f,
      path: f.path.replace(/^content\//, `${size.dir}/`),
    }));
    writeFiles(engineRoot, pages);
    return pages.reduce((n, p) => n + Buffer.byteLength(p.text), 0);
  };
  const pageBytes1k = writePages(sizes[0]!);
  const pageBytes10k = writePages(sizes[1]!);
  const raw = sources.rawBytes;
  log(
    `generated ${sources.ids.length} sources (raw.txt ` +
      `${int(Math.min(...raw) / 1000)}-${int(Math.max(...raw) / 1000)} kB, ` +
      `${mb(raw.reduce((a, b) => a + b, 0))} in all), ` +
      `pages for 1k (${mb(pageBytes1k)}) and 10k facts (${mb(pageBytes10k)}) in ` +
      `${secs((performance.now() - t) / 1000)}`,
  );

  // --- The project must check clean before any figure means anything (10k covers the 1k pages, a
  // prefix).
  t = performance.now();
  const clean = checkProject(await loadProject({ root: engineRoot, contentDir: sizes[1]!.dir }));
  assertClean(clean, sizes[1]!.pages * FACTS_PER_PAGE, "10k");
  log(
    `check clean: ${int(clean.facts.length)} facts, ${int(sizes[1]!.pages)} pages, 0 ` +
      `findings (untimed warm-up, ${secs((performance.now() - t) / 1000)})`,
  );

  // --- 1. End to end, through the public API: read files, parse MDX, prepare sources, resolve,
  // check. `npm run check` uses every core; one thread is measured beside it at 1k and 10k, so the
  // gain is a ratio from this run.
  const cores = availableParallelism();
  let base = 0;
  let best10k = 0;
  for (const size of sizes) {
    if (size.label === "100k") {
      t = performance.now();
      const bytes = writePages(size);
      log(
        `generated pages for 100k facts (${mb(bytes)}) in ${secs((performance.now() - t) / 1000)}`,
      );
    }
    const byThreads = new Map<number, number>();
    for (const threads of size.label === "100k" || cores === 1 ? [cores] : [1, cores]) {
      const times: number[] = [];
      let loadSeconds = 0;
      let facts = 0;
      let pages = 0;
      for (let run = 0; run < size.runs; run++) {
        const t0 = performance.now();
        const files = await loadProject({ root: engineRoot, contentDir: size.dir });
        const t1 = performance.now();
        // `npm run check` parses pages on every core; one thread is the engine alone.
        const result =
          threads === 1 ? checkProject(files) : await checkProjectInParallel(files, threads);
        const seconds = (performance.now() - t0) / 1000;
        assertClean(result, size.pages * FACTS_PER_PAGE, size.label);
        facts = result.facts.length;
        pages = files.pages.length;
        if (times.length === 0 || seconds < Math.min(...times)) loadSeconds = (t1 - t0) / 1000;
        times.push(seconds);
      }
      const best = Math.min(...times);
      byThreads.set(threads, best);
      if (size.label === "1k" && threads === cores) base = best;
      if (size.label === "10k" && threads === cores) best10k = best;
      const goal =
        size.label === "10k" && threads === cores
          ? `; goal: 10k facts in a warm process in ${ENGINE_GOAL_S} s or less: ` +
            `${best <= ENGINE_GOAL_S ? "met" : "MISSED"}`
          : "";
      const how =
        size.runs > 1
          ? `best of ${size.runs} (${times.map((s) => s.toFixed(2)).join(", ")} s)`
          : "1 run";
      const growth =
        base > 0 && threads === cores
          ? `, x${(best / base).toFixed(2)} the 1k time (facts ` +
            `x${(facts / (sizes[0]!.pages * FACTS_PER_PAGE)).toFixed(0)})`
          : "";
      log(
        `engine ${size.label}, ${threads} ${threads === 1 ? "thread" : "threads"}: ` +
          `${int(facts)} facts, ${int(pages)} pages, ${secs(best)}, ${int(facts / best)} ` +
          `facts/s` +
          `${growth}, ${how}, loadProject ${secs(loadSeconds)} of it${goal}`,
      );
    }
    const one = byThreads.get(1);
    const all = byThreads.get(cores);
    if (one !== undefined && all !== undefined && cores > 1)
      log(
        `engine ${size.label}: ${cores} threads take ${(all / one).toFixed(2)} of the 1-thread time`,
      );
  }

  // --- 1b. What a contributor waits for: `npm run check` in a new process, module loading and a
  // cold JIT included.
  cliCheck(engineRoot, sizes[1]!.dir, "10k", sizes[1]!.pages * FACTS_PER_PAGE, best10k);

  // --- 2. The check's share of `astro build`, on a copy of the real site with the 1k content.
  await buildShare(sources, opts);

  log(`total bench time ${secs((performance.now() - started) / 1000)}`);
}

async function buildShare(sources: SyntheticSources, opts: SyntheticOptions): Promise<void> {
  const site = join(tmp, "site");
  try {
    prepareSite(PROJECT, site);
  } catch (error) {
    log(`astro build: skipped, could not prepare the site copy: ${(error as Error).message}`);
    return;
  }
  writeFiles(site, [...sources.files, ...generatePages(opts, sources, 0, 100)]);
  // Builds of this site vary by several seconds from run to run on this machine: keep the best.
  const runs: BuildResult[] = [];
  for (let round = 0; round < BUILD_ROUNDS; round++) {
    cleanSite(site);
    const result = await astroBuild(PROJECT, site, BUILD_TIMEOUT_MS);
    runs.push(result);
    if (!result.ok) {
      log(
        `astro build, 1k facts, 100 pages: FAILED, ${result.reason} after ` +
          `${secs(result.seconds)}; last output:`,
      );
      log(tail(result.output, 25));
      log("astro build share: not measured (a build failed)");
      return;
    }
  }
  const fastest = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  log(
    `astro build: 1,000 facts, 100 pages, ${secs(fastest.seconds)}, best of ${BUILD_ROUNDS} ` +
      `(${runs.map((r) => r.seconds.toFixed(2)).join(", ")} s)`,
  );
  // The integration times the check where it runs, on Astro's thread before any page is built.
  const check = checkSecondsIn(fastest.output);
  if (check === null) {
    log("astro build share of the check: not measured (the build did not log the check's time)");
    return;
  }
  const share = check / fastest.seconds;
  log(`astro build, as the integration logged it: ${checkLineIn(fastest.output)}`);
  log(
    `astro build share of the check: ${secs(check)} of ${secs(fastest.seconds)}, ` +
      `${pct(share)}; goal: under ${pct(BUILD_SHARE_GOAL)}: ` +
      `${share < BUILD_SHARE_GOAL ? "met" : "MISSED"}`,
  );
}

/**
 * Times `scripts/check.ts` (what `npm run check` runs) in a new Node process on one content
 * folder, best of 3.
 */
function cliCheck(
  engineRoot: string,
  contentDir: string,
  label: string,
  facts: number,
  warm10k: number,
): void {
  const root = join(tmp, `cli-${label}`);
  mkdirSync(root);
  symlinkSync(join(engineRoot, "sources"), join(root, "sources"));
  symlinkSync(join(engineRoot, contentDir), join(root, "content"));
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    const child = spawnSync(
      process.execPath,
      [join(PROJECT, "scripts/check.ts"), "--root", root, "--format", "json"],
      { cwd: PROJECT, encoding: "utf8", maxBuffer: 1 << 28 },
    );
    times.push((performance.now() - t0) / 1000);
    if (child.status !== 0 || child.stdout.trim() !== "[]") {
      log(
        `npm run check ${label} in a new process: FAILED (exit ${child.status}): ` +
          `${(child.stderr || child.stdout).slice(0, 2000)}`,
      );
      return;
    }
  }
  const best = Math.min(...times);
  log(
    `npm run check ${label} in a new process (loading modules and a cold JIT ` +
      `included): ${int(facts)} facts, ${secs(best)}, ${int(facts / best)} facts/s, ` +
      `best of 3 (${times.map((x) => x.toFixed(2)).join(", ")} s), ` +
      `x${(best / warm10k).toFixed(2)} the warm 10k figure (Node's start, module loading and a ` +
      `cold JIT added); goal: ${CLI_GOAL_S} s or less: ${best <= CLI_GOAL_S ? "met" : "MISSED"}`,
  );

  // With --cache: the first run fills the cache, the next ones find every file unchanged.
  const cached: number[] = [];
  for (let run = 0; run < 4; run++) {
    const t0 = performance.now();
    const child = spawnSync(
      process.execPath,
      [join(PROJECT, "scripts/check.ts"), "--root", root, "--format", "json", "--cache"],
      { cwd: PROJECT, encoding: "utf8", maxBuffer: 1 << 28 },
    );
    if (run > 0) cached.push((performance.now() - t0) / 1000);
    if (child.status !== 0 || child.stdout.trim() !== "[]") {
      log(`npm run check --cache ${label}: FAILED (exit ${child.status})`);
      return;
    }
  }
  const hit = Math.min(...cached);
  log(
    `npm run check --cache ${label}, again over unchanged files, in a new process: ` +
      `${secs(hit)}, best of 3 (${cached.map((x) => x.toFixed(2)).join(", ")} s); goal: under ` +
      `${CACHED_GOAL_S} s: ${hit < CACHED_GOAL_S ? "met" : "MISSED"}`,
  );
}

function assertClean(result: CheckResult, expectedFacts: number, label: string): void {
  const { findings } = result.report;
  if (findings.length === 0 && result.facts.length === expectedFacts) return;
  console.error(
    `The synthetic ${label} project does not check clean: ${findings.length} ` +
      `findings, ${result.facts.length} facts (expected ${expectedFacts}). First ` +
      `findings:`,
  );
  console.error(FORMATS.stylish(findings.slice(0, 10), result.texts));
  cleanup();
  process.exit(1);
}

/**
 * The check's own time, as the facts integration logs it at the end of a build; null when the line
 * is missing.
 */
function checkSecondsIn(output: string): number | null {
  const m = /The facts check took (\d+(?:\.\d+)?) s:/.exec(output);
  return m ? Number(m[1]) : null;
}

function checkLineIn(output: string): string {
  return /The facts check took [^\n]*/.exec(output)?.[0] ?? "(no line)";
}

function tail(text: string, lines: number): string {
  // Astro's code frames are long; keep the last lines that say something.
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(-lines)
    .join("\n");
}
