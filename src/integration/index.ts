/**
 * The Astro integration: thin glue that runs the facts engine. `astro build`
 * fails on any finding before it builds a page; `astro dev` prints the
 * project's findings on start and after every change to a page or a source,
 * and the remark plugin shows each page's errors in the error overlay.
 *
 * One `facts()` serves both halves of astro.config.mjs, so that they share one
 * check: the integration in `integrations`, its `remarkPlugin` in the
 * Markdown processor's plugins.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { AstroError } from "astro/errors";
import { FORMATS, summary, type CheckResult } from "../facts/index.ts";
import { dataModule } from "./data-module.ts";
import { errorPagesPlugin } from "./error-pages.ts";
import { remarkFacts } from "./remark-facts.ts";
import { FactsStore } from "./store.ts";

// Editors save in bursts (temp file, rename, write): print once the burst is over.
const SETTLE_MS = 150;

export function facts(): AstroIntegration & { remarkPlugin: ReturnType<typeof remarkFacts> } {
  const store = new FactsStore();
  let logger: AstroIntegrationLogger | null = null;
  let timer: NodeJS.Timeout | undefined;
  const changed = new Set<string>();
  // Once per save, whatever page is open: the whole project's findings, as `npm run check` prints
  // them.
  const recheck = (file?: string) => {
    if (file) changed.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...changed];
      changed.clear();
      void report(store, logger, files);
    }, SETTLE_MS);
  };
  return {
    name: "dalian-facts",
    remarkPlugin: remarkFacts(store),
    hooks: {
      "astro:config:setup": ({ config, command, logger: log, updateConfig }) => {
        store.root = fileURLToPath(config.root);
        store.dev = command === "dev";
        logger = log;
        updateConfig({ vite: { plugins: [dataModule(store, recheck), errorPagesPlugin(store)] } });
      },
      "astro:server:setup": () => recheck(),
      "astro:build:start": async ({ logger: log }) => {
        // The verdict comes before any page is built: a build with an error stops here.
        const result = await report(store, log);
        if (result && result.report.errorCount === 0) return;
        const errors = result?.report.errorCount ?? 0;
        throw new AstroError(
          result
            ? `The facts check found ${errors} ${errors === 1 ? "error" : "errors"}; nothing ` +
                `is published until they are fixed.`
            : "The facts check could not run; no page is published unchecked.",
          "The report above names each finding's file, line and column. " +
            "Run `npm run check` for the same report.",
        );
      },
    },
  };
}

/**
 * Checks the project (or takes the current check) and logs its findings as `npm run check` prints
 * them, or why it could not run. `changed` names the files saved since the last report.
 */
async function report(
  store: FactsStore,
  logger: AstroIntegrationLogger | null,
  changed: readonly string[] = [],
): Promise<CheckResult | null> {
  let result: CheckResult;
  try {
    result = await store.result();
  } catch (error) {
    logger?.error(`The facts check could not run: ${(error as Error).stack ?? String(error)}`);
    return null;
  }
  const { findings, errorCount } = result.report;
  const saved = changed.length ? `${changed.join(", ")} changed. ` : "";
  const took = `${saved}The facts check took ${(store.lastMs / 1000).toFixed(2)} s:`;
  if (findings.length === 0) {
    const pages = result.pages.length + result.unparsed.length;
    logger?.info(
      `${took} ${result.facts.length} facts on ${pages} pages against ${result.sources.size} ` +
        `sources, no findings.`,
    );
  } else {
    const printed = `${took}\n${FORMATS.stylish(findings, result.texts)}${summary(result)}`;
    if (errorCount > 0) logger?.error(printed.trimEnd());
    else logger?.warn(printed.trimEnd());
  }
  return result;
}
