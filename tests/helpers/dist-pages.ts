/** The built pages of a `dist/`, parsed, with their URL paths. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";

export interface BuiltPage {
  /** "index.html", "sources/x/index.html" */
  file: string;
  /** "/", "/sources/x/" */
  path: string;
  html: string;
  document: Document;
}

export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => f.split("\\").join("/"))
    .sort();
}

export function pathOf(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, "$1");
}

export function readPage(dist: string, file: string): BuiltPage {
  const html = readFileSync(join(dist, file), "utf8");
  return {
    file,
    path: pathOf(file),
    html,
    document: parseHTML(html).document,
  };
}

export function builtPages(dist: string): BuiltPage[] {
  return htmlFiles(dist).map((f) => readPage(dist, f));
}

/** The file of a URL path: "/sources/x/" is "sources/x/index.html". */
export function fileOf(path: string): string {
  return `${path.replace(/^\//, "")}index.html`;
}

/** Text with whitespace runs folded to one space and trimmed. */
export function squash(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

/** A plain RFC 4180 reader (quoted fields, doubled quotes, CRLF), to read back what the site wrote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else if (c === "\n" || c === "\r")
      throw new Error(
        `a bare line break at offset ${i} outside quotes: RFC 4180 ends records with CRLF`,
      );
    else field += c;
  }
  if (quoted) throw new Error("an unclosed quoted field");
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
