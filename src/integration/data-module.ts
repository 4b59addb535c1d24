/**
 * The Vite plugin that gives the pages their data: `virtual:dalian-facts/data` is the current
 * check's `SiteData`. Under `astro dev`, a change to any page or source invalidates the module,
 * and every content page, in every environment: each page (not only the edited one) is checked
 * and rendered again from the new check when next requested.
 */
import { isRunnableDevEnvironment, type Plugin, type ViteDevServer } from "vite";
import { siteData } from "../site/site-data.ts";
import type { FactsStore } from "./store.ts";

const ID = "virtual:dalian-facts/data";
const RESOLVED = `\0${ID}`;

export function dataModule(store: FactsStore, onChange: (file: string) => void): Plugin {
  return {
    name: "dalian-facts:data",
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const data = siteData(await store.result());
      // A string for JSON.parse: parsed faster than the same data written as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
    configureServer(server) {
      server.watcher.on("all", (_event, path) => {
        const file = store.ownFile(path);
        if (file === null) return;
        store.invalidate();
        invalidate(server, store);
        onChange(file);
      });
    },
  };
}

/**
 * Drops the data module and the content pages from every environment's graph and runner, and
 * reloads the browser.
 */
function invalidate(server: ViteDevServer, store: FactsStore): void {
  for (const environment of Object.values(server.environments)) {
    const { moduleGraph } = environment;
    const runner = isRunnableDevEnvironment(environment) ? environment.runner : null;
    for (const node of moduleGraph.idToModuleMap.values()) {
      const page = node.file !== null && store.ownFile(node.file)?.endsWith(".mdx");
      if (node.id !== RESOLVED && !page) continue;
      moduleGraph.invalidateModule(node);
      const evaluated = node.id && runner?.evaluatedModules.getModuleById(node.id);
      if (evaluated) runner?.evaluatedModules.invalidateModule(evaluated);
    }
  }
  server.environments.client.hot.send({ type: "full-reload", path: "*" });
}
