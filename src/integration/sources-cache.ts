/** The checked sources, loaded once per process (the dev server restarts when a source file changes). */
import { loadSources, prepareSources, Report, type Source } from "../facts/index.ts";

const cache = new Map<string, Promise<ReadonlyMap<string, Source>>>();

export function sourcesFor(root: string): Promise<ReadonlyMap<string, Source>> {
  let sources = cache.get(root);
  if (!sources) {
    // Source findings are reported by the integration's whole-project check; pages only need the sources.
    sources = loadSources(root).then((files) => prepareSources(files, new Report()));
    cache.set(root, sources);
  }
  return sources;
}
