/**
 * Remark plugin: gives every `<Fact>` of a content page the id the check gave its result, and,
 * under `astro dev`, shows the page's errors (with file and line, in the error overlay) instead
 * of a page that lies. A build has failed before any page if the check found an error.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { calloutIds, FORMATS } from "../facts/index.ts";
import type { FactsStore } from "./store.ts";

export function remarkFacts(store: FactsStore) {
  return function remarkFactsPlugin() {
    return async (tree: Root, file: VFile): Promise<void> => {
      const path = store.ownFile(file.path);
      if (path === null || !path.endsWith(".mdx")) return;
      if (store.dev) await refuseErrors(store, path, file);
      for (const { element, id } of calloutIds(tree, String(file.value))) {
        // An explicit id is the callout's own; the others get the one the engine derived.
        if (!element.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === "id"))
          element.attributes.push({ type: "mdxJsxAttribute", name: "id", value: id });
      }
    };
  };
}

/** Throws this page's first error, with the page's whole report, for Astro's overlay. */
async function refuseErrors(store: FactsStore, path: string, file: VFile): Promise<void> {
  const result = await store.result();
  const errors = result.report.findings.filter((f) => f.file === path && f.severity === "error");
  const first = errors[0];
  if (!first) return;
  const message = file.message(
    `${first.message} (${first.code})\n\n${FORMATS.stylish(errors, result.texts)}`,
    { line: first.line, column: first.column },
  );
  message.fatal = true;
  throw message;
}
