/**
 * The links a page's prose holds: Markdown links (`[text](/page/#id)`), link reference definitions
 * (`[label]: /page/`) and JSX `href` attributes (`<a href="/page/">`), each with the place of its
 * address in the page, for the link check to point at.
 */
import type { Nodes } from "mdast";

export interface PageLink {
  /** The address as written (a Markdown link's after its escapes are read). */
  url: string;
  /** Range of the address in the page. */
  offset: number;
  endOffset: number;
}

/** The links `node` itself holds (not its children's), appended to `links`. */
export function collectLinks(node: Nodes, text: string, links: PageLink[]): void {
  const start = node.position?.start.offset;
  if (start === undefined) return;
  if (node.type === "link" && text[start] === "[") {
    // `[text](url "title")`: the address follows the `](` after the link's text.
    const afterText = node.children.at(-1)?.position?.end.offset ?? start + 1;
    const at = text.indexOf("](", afterText);
    if (at >= 0) links.push(addressAt(node.url, text, at + 2));
  } else if (node.type === "definition") {
    const at = text.indexOf("]:", start);
    if (at >= 0) links.push(addressAt(node.url, text, at + 2));
  } else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
    for (const attribute of node.attributes) {
      if (attribute.type !== "mdxJsxAttribute" || attribute.name !== "href") continue;
      if (typeof attribute.value !== "string") continue;
      const from = attribute.position?.start.offset ?? start;
      const quote = from + "href=".length;
      const offset = /["']/.test(text[quote] ?? "") ? quote + 1 : quote;
      links.push({ url: attribute.value, offset, endOffset: offset + attribute.value.length });
    }
  }
}

/** The address that starts after whitespace (and an optional `<`) at `from`. */
function addressAt(url: string, text: string, from: number): PageLink {
  let offset = from;
  while (/\s/.test(text[offset] ?? "")) offset++;
  if (text[offset] === "<") {
    const close = text.indexOf(">", offset);
    return { url, offset: offset + 1, endOffset: close < 0 ? offset + 1 : close };
  }
  let end = offset;
  let depth = 0;
  for (; end < text.length; end++) {
    const c = text[end]!;
    if (/\s/.test(c)) break;
    if (c === "(") depth++;
    else if (c === ")" && depth-- === 0) break;
  }
  return { url, offset, endOffset: end };
}
