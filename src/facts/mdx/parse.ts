/** Parses an MDX page with the same remark stack the site uses. */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkGfm from "remark-gfm";
import remarkFrontmatter from "remark-frontmatter";
import type { Root } from "mdast";

const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkFrontmatter, ["yaml"]);

export interface ParseFailure {
  offset: number | null;
  line: number;
  column: number;
  message: string;
}

/** Parses MDX into an mdast tree, or says where and why it could not. */
export function parseMdx(text: string): { tree: Root } | { failure: ParseFailure } {
  try {
    return { tree: processor.runSync(processor.parse(text)) as Root };
  } catch (error) {
    const e = error as {
      place?: {
        line?: number;
        column?: number;
        offset?: number;
        start?: { line: number; column: number; offset?: number };
      };
      reason?: string;
      message?: string;
    };
    const point =
      e.place && "start" in e.place && e.place.start
        ? e.place.start
        : (e.place as { line?: number; column?: number; offset?: number } | undefined);
    // "Expected a closing tag for `<Fact>` (6:13-6:88) before the end of `paragraph`": the tag's
    // own place beats the paragraph's.
    const named = /^Expected a closing tag .*?\((\d+):(\d+)-\d+:\d+\)/.exec(
      e.reason ?? e.message ?? "",
    );
    if (named)
      return {
        failure: {
          offset: null,
          line: Number(named[1]),
          column: Number(named[2]),
          message: `Unexpected MDX that does not parse: ${e.reason ?? e.message ?? String(error)}`,
        },
      };
    return {
      failure: {
        offset: point?.offset ?? null,
        line: point?.line ?? 1,
        column: point?.column ?? 1,
        message: `Unexpected MDX that does not parse: ${e.reason ?? e.message ?? String(error)}`,
      },
    };
  }
}
