/**
 * The Astro integration: thin glue that runs the facts engine. `astro build`
 * fails on any finding; `astro dev` logs them and the remark plugin shows each
 * page's findings in the error overlay.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { AstroError } from "astro/errors";
import { FORMATS } from "../facts/index.ts";
import { checkAndRemember, checkTally, setDev } from "./project-cache.ts";

export function facts(): AstroIntegration {
  return {
    name: "dalian-facts",
    hooks: {
      "astro:config:setup": async ({ config, command, logger, addWatchFile, updateConfig }) => {
        const root = fileURLToPath(config.root);
        // The site's pages read the engine's results for this root, not for the process's working folder.
        updateConfig({ vite: { define: { "import.meta.env.FACTS_ROOT": JSON.stringify(root) } } });
        if (command !== "build" && command !== "dev") return;
        setDev(root, command === "dev");
        const { report, facts, sources } = await checkAndRemember(root);
        // A changed source restarts the dev server, which checks again.
        for (const s of sources.values()) for (const path of [s.files.metaPath, s.files.editionPath, s.files.rawPath]) addWatchFile(new URL(path, config.root));
        const { findings } = report;
        if (findings.length === 0) {
          logger.info(`${facts.length} facts checked against ${sources.size} sources: no findings.`);
          return;
        }
        const log = report.errorCount > 0 ? logger.error : logger.warn;
        log.call(logger, `\n${FORMATS.stylish(findings, report.texts)}`);
        if (command === "build" && report.errorCount > 0) {
          throw new AstroError(
            `The facts check found ${report.errorCount} ${report.errorCount === 1 ? "error" : "errors"}; no page is published with a figure that could not be checked.`,
            "Each finding above names its file, line and column. Run `npm run check` for the same report.",
          );
        }
      },
      "astro:build:done": ({ logger }) => {
        // What checking cost this build, measured where it runs: `npm run bench` reads this line.
        const t = checkTally();
        const s = (ms: number) => (ms / 1000).toFixed(2);
        logger.info(
          `The facts check took ${s(t.projectMs + t.pagesMs)} s of this build: ${s(t.projectMs)} s for the whole project, ` +
            `${s(t.pagesMs)} s for the pages as they were rendered (${t.pagesReused} reused its results, ${t.pagesChecked} checked again).`,
        );
      },
    },
  };
}
