/**
 * Remark plugin: checks each MDX page as Astro renders it, so that `astro dev`
 * shows a finding (with file and line, in the error overlay) instead of a page
 * that lies, and gives every `<Fact>` the id the engine assigned it.
 */
import { relative } from "node:path";
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { checkPageTree, FORMATS, Report } from "../facts/index.ts";
import { forget, isDev, rememberedCheck } from "./project-cache.ts";

export interface RemarkFactsOptions {
  /** The project root; pages and sources are named relative to it. */
  root: string;
  /** Folder of the content pages, relative to the root. */
  contentDir?: string;
}

export function remarkFacts({ root, contentDir = "content" }: RemarkFactsOptions) {
  return async function transform(tree: Root, file: VFile): Promise<void> {
    const path = relative(root, file.path).split("\\").join("/");
    if (!path.startsWith(`${contentDir}/`)) return;
    const checked = await rememberedCheck(root);
    // Under `astro dev` this page may have changed since the check: the pages check again, once.
    if (isDev(root)) forget(root);
    // The sources as the whole-project check prepared them (their findings are reported there), and
    // their files' texts, so that related places (the closest passage) are placed in the overlay too.
    const { sources } = checked;
    const report = new Report();
    for (const [name, text] of checked.report.texts) report.addFile(name, text);
    const page = checkPageTree({ path, text: String(file.value) }, tree, sources, report);

    const first = report.findings.find((f) => f.severity === "error");
    if (first) {
      // The whole report names every finding; the thrown message places the first one for the overlay.
      const message = file.message(`${first.message} (${first.code})\n\n${FORMATS.stylish(report.findings, report.texts)}`, { line: first.line, column: first.column });
      message.fatal = true;
      throw message;
    }
    // Every callout gets the id that facts.json and the permalinks use.
    for (const fact of page.facts) {
      const node = fact.fact.node;
      if (!node.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === "id")) {
        node.attributes.push({ type: "mdxJsxAttribute", name: "id", value: fact.id });
      }
    }
  };
}
