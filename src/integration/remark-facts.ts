/**
 * Remark plugin: checks each MDX page as Astro renders it, so that `astro dev`
 * shows a finding (with file and line, in the error overlay) instead of a page
 * that lies, and gives every `<Fact>` the id the engine assigned it.
 */
import { relative } from "node:path";
import type { Root } from "mdast";
import type { VFile } from "vfile";
import {
  checkPageTree,
  factElements,
  FORMATS,
  Report,
  type CheckResult,
  type FactResult,
} from "../facts/index.ts";
import { checkTally, forget, isDev, rememberedCheck, timePage } from "./project-cache.ts";

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
    const text = String(file.value);
    // In a build, the whole-project check has read this very page: its findings stand, and only
    // the ids are left to give.
    const known = isDev(root) ? null : timePage(() => idsFromProject(checked, path, text, tree));
    if (known) {
      checkTally().pagesReused++;
      for (const { node, id } of known) giveId(node, id);
      return;
    }
    checkTally().pagesChecked++;
    // Under `astro dev` this page may have changed since the check: the pages check again, once.
    if (isDev(root)) forget(root);
    // The sources as the whole-project check prepared them (their findings are reported there),
    // and their files' texts, so that related places (the closest passage) are placed in the
    // overlay too.
    const { sources } = checked;
    const report = new Report();
    for (const [name, text] of checked.report.texts) report.addFile(name, text);
    const page = timePage(() => checkPageTree({ path, text }, tree, sources, report));

    const first = report.findings.find((f) => f.severity === "error");
    if (first) {
      // The whole report names every finding; the thrown message places the first one for the
      // overlay.
      const message = file.message(
        `${first.message} (${first.code})\n\n${FORMATS.stylish(report.findings, report.texts)}`,
        { line: first.line, column: first.column },
      );
      message.fatal = true;
      throw message;
    }
    // Every callout gets the id that facts.json and the permalinks use.
    const ids = withIds(tree, page.facts);
    if (!ids)
      file.fail(
        "The facts check listed this page's callouts differently from the page's tree; no callout got its id",
      );
    for (const { node, id } of ids) giveId(node, id);
  };
}

/**
 * True when the page Astro hands us is the file the project check read. Astro
 * blanks the front matter with spaces (keeping every offset), so the body
 * after it must be the same and the lengths equal.
 */
function sameBody(read: string | undefined, rendered: string): boolean {
  if (read === undefined || read.length !== rendered.length) return false;
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/.exec(read);
  const body = frontmatter ? frontmatter[0].length : 0;
  return read.slice(body) === rendered.slice(body);
}

type FactElement = ReturnType<typeof factElements>[number];

/** Gives a callout the id that facts.json and the permalinks use, unless the page named it. */
function giveId(node: FactElement, id: string): void {
  if (!node.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === "id")) {
    node.attributes.push({ type: "mdxJsxAttribute", name: "id", value: id });
  }
}

const pagesByPath = new WeakMap<CheckResult, Map<string, CheckResult["pages"][number]>>();

/**
 * Each `<Fact>` element of this tree with the id the project check gave it,
 * when that check read exactly this text and found its callouts at exactly
 * these places; otherwise null, and the page is checked again on its own.
 */
function idsFromProject(
  checked: CheckResult,
  path: string,
  text: string,
  tree: Root,
): { node: FactElement; id: string }[] | null {
  if (!sameBody(checked.report.texts.get(path), text)) return null;
  let pages = pagesByPath.get(checked);
  if (!pages) {
    pages = new Map(checked.pages.map((p) => [p.file, p]));
    pagesByPath.set(checked, pages);
  }
  const page = pages.get(path);
  return page ? withIds(tree, page.facts) : null;
}

/**
 * Each `<Fact>` element of the tree with its result's id, when they are the same callouts at the
 * same places; otherwise null.
 */
function withIds(
  tree: Root,
  facts: readonly FactResult[],
): { node: FactElement; id: string }[] | null {
  const elements = factElements(tree);
  if (elements.length !== facts.length) return null;
  const ids = elements.map((node, k) =>
    node.position?.start.offset === facts[k]!.fact.start ? { node, id: facts[k]!.id } : null,
  );
  return ids.every((x) => x !== null) ? ids : null;
}
