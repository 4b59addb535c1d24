/** A heading's id as Astro gives it, footnote references included. */
import type { Nodes } from "mdast";

/**
 * Footnotes are numbered in the order they are first referenced, as the rendered page numbers them.
 */
export class FootnoteNumbers {
  private readonly order: string[] = [];
  /** Where the first footnote is defined, if any is. */
  defined: number | undefined;
  get referenced(): boolean {
    return this.order.length > 0;
  }
  number(identifier: string): string {
    const k = this.order.indexOf(identifier);
    return String(k < 0 ? this.order.push(identifier) : k + 1);
  }
}

/**
 * A heading's text as Astro reads it for its id: every text, code and expression, and a footnote
 * reference's number.
 */
export function headingText(node: Nodes, footnotes: FootnoteNumbers): string {
  if (node.type === "footnoteReference") return footnotes.number(node.identifier);
  if (node.type === "image" || node.type === "imageReference") return "";
  if ("value" in node && typeof node.value === "string") return node.value;
  return "children" in node
    ? node.children.map((child) => headingText(child as Nodes, footnotes)).join("")
    : "";
}
