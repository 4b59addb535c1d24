/**
 * The Astro integration: thin glue that runs the facts engine. `astro build`
 * fails on any finding before it builds a page; `astro dev` logs them and the
 * remark plugin shows each page's findings in the error overlay.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { AstroError } from "astro/errors";
import { FORMATS, type CheckResult } from "../facts/index.ts";
import { checkAndRemember, checkTally, setDev, waitForCheck } from "./project-cache.ts";

export function facts(): AstroIntegration {
  let check: Promise<CheckResult> | null = null;
  return {
    name: "dalian-facts",
    hooks: {
      "astro:config:setup": async ({ config, command, logger, addWatchFile, updateConfig }) => {
        const root = fileURLToPath(config.root);
        // The site's pages read the engine's results for this root, not for the process's working
        // folder.
        updateConfig({ vite: { define: { "import.meta.env.FACTS_ROOT": JSON.stringify(root) } } });
        if (command !== "build" && command !== "dev") return;
        setDev(root, command === "dev");
        // The check runs on its own thread while Astro syncs content and sets up its build.
        check = checkAndRemember(root);
        // astro:build:start gives the verdict, before any page is built
        if (command === "build") return;
        const { sources } = await verdict(check, logger, "dev");
        // A changed source restarts the dev server, which checks again.
        for (const s of sources.values())
          for (const path of [s.files.metaPath, s.files.editionPath, s.files.rawPath])
            addWatchFile(new URL(path, config.root));
      },
      "astro:build:start": async ({ logger }) => {
        if (check) await verdict(check, logger, "build");
      },
      "astro:build:done": ({ logger }) => {
        // What checking cost this build, measured where it runs: `npm run bench` reads this line.
        const t = checkTally();
        const s = (ms: number) => (ms / 1000).toFixed(2);
        const where =
          t.threadMs === null
            ? `on the main thread (${t.fallback ?? "no thread was asked"})`
            : `on a thread of its own, in ${s(t.threadMs)} s, while Astro went on`;
        logger.info(
          `The facts check took ${s(t.projectMs + t.pagesMs)} s of this build: ` +
            `${s(t.projectMs)} s for the whole project, ` +
            `${s(t.pagesMs)} s for the pages as they were rendered (${t.pagesReused} reused ` +
            `its results, ${t.pagesChecked} checked again). ` +
            `The whole project was checked ${where}.`,
        );
      },
    },
  };
}

/**
 * Waits for the whole-project check and logs its findings; a build with errors stops here, before
 * any page is built.
 */
async function verdict(
  check: Promise<CheckResult>,
  logger: AstroIntegrationLogger,
  command: "build" | "dev",
): Promise<CheckResult> {
  const result = await waitForCheck(check);
  const { report, facts, sources } = result;
  const { findings } = report;
  if (findings.length === 0) {
    logger.info(`${facts.length} facts checked against ${sources.size} sources: no findings.`);
    return result;
  }
  const printed = `\n${FORMATS.stylish(findings, report.texts)}`;
  if (report.errorCount > 0) logger.error(printed);
  else logger.warn(printed);
  if (command === "build" && report.errorCount > 0) {
    throw new AstroError(
      `The facts check found ${report.errorCount} ` +
        `${report.errorCount === 1 ? "error" : "errors"}; no page is published with a ` +
        `figure that could not be checked.`,
      "Each finding above names its file, line and column. Run `npm run check` for the same report.",
    );
  }
  return result;
}
