/**
 * A finding as Astro's error overlay shows an error: the code and what it means in the title, the
 * message once, the hint, a link to the code's page, and a code frame cut around the finding's
 * column (a paragraph is one long line: the overlay would show its start and scroll the finding
 * out of sight). No stack trace: a finding is about the page, not about our code.
 */
import { join } from "node:path";
import { CODE_DOCS, type Finding } from "../facts/index.ts";

/** The fields of the error Astro's overlay (`ErrorOverlay` of `/@vite/client`) reads. */
export interface OverlayError {
  name: string;
  title: string;
  message: string;
  hint?: string;
  docslink?: string;
  loc: { file: string; line: number; column: number };
  highlightedCode: string;
  stack: string;
}

// Lines of the file shown before and after the finding's, and the width of the window.
const AROUND = 2;
const WIDTH = 100;

/** The overlay's error for `finding` in `text`, one of `count` errors of its file. */
export function overlayError(
  finding: Finding,
  text: string,
  root: string,
  count: number,
): OverlayError {
  const more =
    count > 1
      ? `\n\nThis file has ${count - 1} more ${count === 2 ? "error" : "errors"}: the terminal ` +
        "running `astro dev` (and `npm run check`) lists them all."
      : "";
  const related = (finding.related ?? [])
    .map((r) => `\n${r.file}:${r.line}:${r.column}: ${r.message}`)
    .join("");
  const hint = `${finding.hint ?? ""}${related}${more}`.trim();
  return {
    name: "Facts check",
    title: `${finding.code}: ${CODE_DOCS[finding.code]?.title ?? "a finding of the facts check"}`,
    message: markup(finding.message),
    ...(hint ? { hint: markup(hint) } : {}),
    ...(finding.url ? { docslink: finding.url } : {}),
    loc: { file: join(root, finding.file), line: finding.line, column: finding.column },
    highlightedCode: frame(text, finding),
    stack: "",
  };
}

/**
 * The lines around the finding, the finding's line cut to a window around its column (and
 * marked, with a caret under the column), the others from their start.
 */
function frame(text: string, f: Finding): string {
  const lines = text.split("\n");
  const first = Math.max(1, f.line - AROUND);
  const last = Math.min(lines.length, f.line + AROUND);
  const from = Math.max(0, f.column - 1 - Math.floor(WIDTH / 2));
  const width =
    f.endLine === f.line && f.endColumn !== undefined ? Math.max(1, f.endColumn - f.column) : 1;
  // ASCII dots: an ellipsis may be drawn narrower than a cell, which would move the caret.
  const cut = (line: string, at: number) =>
    `${at > 0 ? "..." : ""}${line.slice(at, at + WIDTH)}${line.length > at + WIDTH ? "..." : ""}`;
  const rows: string[] = [];
  for (let n = first; n <= last; n++) {
    const line = lines[n - 1] ?? "";
    if (n !== f.line) {
      rows.push(`<span class="line">${escape(cut(line, 0))}</span>`);
      continue;
    }
    rows.push(
      `<span class="line" style="background-color: #f4909026">${escape(cut(line, from))}</span>`,
    );
    const pad = " ".repeat(f.column - 1 - from + (from > 0 ? 3 : 0));
    const caret = `^${"~".repeat(Math.min(width, WIDTH) - 1)}`;
    rows.push(`<span class="line error-caret">${pad}${caret}</span>`);
  }
  // Line numbers are a CSS counter: start it at the first line shown.
  return (
    `<pre class="shiki"><code style="counter-reset: step ${first - 1}">` +
    `${rows.join("\n")}</code></pre>`
  );
}

/** Text for the overlay's HTML: escaped, with `code` set as code. */
function markup(text: string): string {
  return escape(text).replace(/`([^`]+)`/g, "<code>$1</code>");
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
