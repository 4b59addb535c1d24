/** Parses an MDX page with the same remark stack the site uses. */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkGfm from "remark-gfm";
import remarkFrontmatter from "remark-frontmatter";
import { parse, postprocess, preprocess } from "micromark";
import { mdxjs } from "micromark-extension-mdxjs";
import { location } from "vfile-location";
import { VFileMessage } from "vfile-message";
import type { Root } from "mdast";
import { straightQuote, unclosedTag, type Slip } from "./parse-slips.ts";

const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkFrontmatter, ["yaml"]);

export interface ParseFailure {
  /** Where the parser stopped, or the unclosed tag it stopped for. */
  offset: number;
  /** The parser's rule (`end-tag-mismatch`, say), when it names one. */
  ruleId: string | null;
  message: string;
  /** What to write, for the slips the check recognises (an unclosed tag, a straight `"`). */
  hint?: string;
}

/**
 * Parses MDX into an mdast tree, or says where and why it could not. Only the parser's own
 * messages are failures of the page; any other exception is a bug, and is thrown.
 */
export function parseMdx(text: string): { tree: Root } | { failure: ParseFailure } {
  try {
    return { tree: processor.runSync(processor.parse(text)) as Root };
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error;
    const start = error.place && "start" in error.place ? error.place.start : error.place;
    const end = error.place && "end" in error.place ? error.place.end : undefined;
    // An unclosed tag is reported at the construct that holds it (or nowhere, at the end of the
    // page): point at the tag.
    const tag =
      error.ruleId === "end-tag-mismatch"
        ? openTag(text, start?.offset ?? 0, end?.offset ?? text.length)
        : null;
    const at = start && (start.offset ?? location(text).toOffset(start));
    const failure = {
      offset: tag?.offset ?? at ?? 0,
      ruleId: error.ruleId ?? null,
      message: `Unexpected MDX that does not parse: ${error.reason}`,
    };
    const slip: Slip | null =
      tag && !/closing tag `/.test(error.reason)
        ? unclosedTag(tag.name, tag.offset)
        : error.ruleId === "unexpected-character"
          ? straightQuote(text, failure.offset, error.reason)
          : null;
    return { failure: { ...failure, ...slip } };
  }
}

/**
 * The innermost JSX tag opened and not closed in `text[from, to)`, read from the MDX tokenizer's
 * events (which, unlike the tree builder, do not stop at a mismatch).
 */
function openTag(text: string, from: number, to: number): { name: string; offset: number } | null {
  const events = postprocess(
    parse({ extensions: [mdxjs()] })
      .document()
      .write(preprocess()(text, undefined, true)),
  );
  const open: { name: string; offset: number }[] = [];
  let tag: { offset: number; closing: boolean; selfClosing: boolean; name: string } | null = null;
  for (const [kind, token] of events) {
    const type = token.type as string;
    const offset = token.start.offset;
    if (offset < from || offset >= to) continue;
    if (kind === "enter" && (type === "mdxJsxTextTag" || type === "mdxJsxFlowTag"))
      tag = { offset, closing: false, selfClosing: false, name: "" };
    else if (tag && kind === "enter" && type.endsWith("TagClosingMarker")) tag.closing = true;
    else if (tag && kind === "enter" && type.endsWith("TagSelfClosingMarker"))
      tag.selfClosing = true;
    else if (tag && kind === "enter" && type.endsWith("TagName"))
      tag.name = text.slice(offset, token.end.offset).trim();
    else if (tag && kind === "exit" && (type === "mdxJsxTextTag" || type === "mdxJsxFlowTag")) {
      if (tag.closing) {
        const k = open.findLastIndex((t) => t.name === tag?.name);
        if (k >= 0) open.length = k;
      } else if (!tag.selfClosing) open.push({ name: tag.name, offset: tag.offset });
      tag = null;
    }
  }
  return open.at(-1) ?? null;
}
