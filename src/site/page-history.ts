/**
 * When each content file last changed, from git: the date of the last commit that touched it.
 * The build may run without git, outside a repository, or in a shallow clone (where every file
 * would seem to date from the one commit fetched); then no date is given rather than a wrong one.
 */
import { spawnSync } from "node:child_process";

let cached: Promise<Map<string, string>> | null = null;

/**
 * `YYYY-MM-DD` of the last commit of each file git knows under `dir`, by its path from `cwd`; an
 * empty map where git is missing, `cwd` is no repository, or the clone is shallow.
 */
export function gitDates(cwd: string, dir: string, command = "git"): Map<string, string> {
  const git = (args: string[]) =>
    spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const shallow = git(["rev-parse", "--is-shallow-repository"]);
  if (shallow.error || shallow.status !== 0 || shallow.stdout.trim() !== "false") return new Map();
  // Newest first: the first date seen for a file is its last change.
  const log = git(["log", "--format=%x00%cs", "--name-only", "--relative", "--", dir]);
  if (log.error || log.status !== 0) return new Map();
  const dates = new Map<string, string>();
  for (const commit of log.stdout.split("\0").slice(1)) {
    const [date, ...files] = commit.split("\n").filter((l) => l.trim() !== "");
    for (const file of files) if (date && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

/**
 * The date (`YYYY-MM-DD`) of the last commit of a content file (`content/talent.mdx`, relative to
 * the project's root `root`), or null when git cannot tell.
 */
export async function lastUpdated(root: string, file: string): Promise<string | null> {
  // Once per build; under `astro dev` a commit made meanwhile shows at the next start.
  cached ??= Promise.resolve(gitDates(root, "content"));
  return (await cached).get(file) ?? null;
}
