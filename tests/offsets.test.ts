/**
 * Offsets in pages are right for any Unicode text: each character the reader sees is placed on
 * the page's own writing of it (astral characters, combining marks, character references,
 * escapes and emphasis included), and quotes never cut a word of astral letters.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Nodes, Paragraph } from "mdast";
import { parseMdx } from "../src/facts/mdx/parse.ts";
import { placedText } from "../src/facts/mdx/text-offsets.ts";
import { createHash } from "node:crypto";
import {
  checkProject,
  loadSources,
  locateQuote,
  newRun,
  prepareSources,
} from "../src/facts/index.ts";

/** Pieces of a paragraph, written as MDX: plain, astral, combined, referenced, escaped, marked. */
const piece = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9]{1,6}$/),
  fc.constantFrom("😀", "𝔘𝔫𝔦", "🇨🇳", "👩‍💻", "大连", "e\u0301", "ñ", "Ⅻ", "\u00a0"),
  fc.constantFrom("&amp;", "&#x1F600;", "&eacute;", "&#169;", "&lt;", "&#0;", "&nbsp;", "&copy;"),
  fc.constantFrom("\\*", "\\_", "\\&", "*a*", "**b**", "_c_", "`d`", "~~e~~", "`&amp;`"),
);
const paragraph = fc.array(piece, { minLength: 1, maxLength: 12 }).map((ps) => ps.join(" "));

function firstParagraph(node: Nodes): Paragraph | null {
  if (node.type === "paragraph") return node;
  if (!("children" in node)) return null;
  for (const child of node.children) {
    const found = firstParagraph(child);
    if (found) return found;
  }
  return null;
}

const REFERENCE = /^&(?:#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z\d]*);$/;

describe("placed text", () => {
  it("places every character on its own writing in the page, in order", () => {
    fc.assert(
      fc.property(paragraph, (written) => {
        const page = `---\ntitle: t\n---\n\n${written}\n`;
        const parsed = parseMdx(page);
        if ("failure" in parsed) return; // not every mix is MDX; those are another test's
        const node = firstParagraph(parsed.tree);
        if (!node) return;
        const { text, offsets, ends } = placedText(node, page);
        expect(offsets).toHaveLength(text.length);
        expect(ends).toHaveLength(text.length);
        for (let i = 0; i < text.length;) {
          const char = String.fromCodePoint(text.codePointAt(i)!);
          const writing = page.slice(offsets[i], ends[i + char.length - 1]);
          // The character itself, or a reference that stands for it.
          if (!writing.startsWith(char)) expect(writing, `${char} in ${page}`).toMatch(REFERENCE);
          if (i > 0) expect(offsets[i]).toBeGreaterThanOrEqual(offsets[i - 1]!);
          i += char.length;
        }
      }),
      { numRuns: 500 },
    );
  });

  it("points a finding after astral characters and references at the number itself", async () => {
    const sources = await loadSources(process.cwd());
    const line = "A 😀 and &amp; and 𝔘 and &#x1F600; then 41% more.";
    const text = `---\ntitle: t\n---\n\n${line}\n`;
    const [finding] = checkProject({
      sources,
      pages: [{ path: "content/t.mdx", text }],
    }).report.findings.filter((f) => f.code === "uncited-number");
    expect(finding).toMatchObject({ line: 5, column: line.indexOf("41%") + 1 });
    expect(finding!.endColumn).toBe(line.indexOf("41%") + 4);
  });
});

describe("quotes", () => {
  /** A source of one paragraph, as the loader would read it. */
  function sourceOf(text: string) {
    const raw = new TextEncoder().encode(`${text}\n`);
    const sha256 = createHash("sha256").update(raw).digest("hex");
    const meta = [
      "id: s",
      'title: "S"',
      "author: null",
      "publisher:",
      "  name: null",
      '  attribution: "A test text."',
      'published: "2014-03-01"',
      "dating: null",
      "language: en",
      'url: ""',
      "raw:",
      "  file: raw.txt",
      `  sha256: ${sha256}`,
      "changes: []",
    ].join("\n");
    const run = newRun();
    const sources = prepareSources(
      [
        {
          id: "s",
          metaPath: "sources/s/source.yaml",
          editionPath: "sources/s/edition.txt",
          rawPath: "sources/s/raw.txt",
          metaText: `${meta}\n`,
          editionText: `@@ p01 paragraph 1\n${text}\n`,
          raw,
        },
      ],
      run,
    );
    expect(run.report.findings).toEqual([]);
    return sources.get("s")!;
  }

  it("never cut a word of letters outside the Basic Multilingual Plane", () => {
    const source = sourceOf("The 𝔘𝔫𝔦𝔱 park had 41 firms and 𝔘𝔫𝔦 more.");
    expect(locateQuote(source, { quote: "𝔫𝔦𝔱 park had 41 firms" }).passage).toBeNull();
    expect(locateQuote(source, { quote: "The 𝔘𝔫𝔦𝔱 park had" }).passage).not.toBeNull();
    expect(locateQuote(source, { quote: "41 firms and 𝔘𝔫" }).passage).toBeNull();
    expect(locateQuote(source, { quote: "41 firms and 𝔘𝔫𝔦" }).passage).not.toBeNull();
  });
});
