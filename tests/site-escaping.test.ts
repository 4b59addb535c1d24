/**
 * Source text is escaped wherever it is shown: markup, braces and a `javascript:` address pushed
 * through every field that reaches a page (quote, figure, title, author, publisher, dating, source
 * text) render as inert text.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { astroEnv, copyProject, type ProjectCopy } from "./helpers/project-copy.ts";

const HOSTILE = "</script></style><img src=x onerror=alert(1)>{x}";
const RAW = `Hostile </script> title\nThe park had 650 firms <img src=x onerror=alert(1)> and {x} </style> javascript:alert(1) here.\n`;
const yaml = (s: string) => JSON.stringify(s);

let copy: ProjectCopy;
let output = "";
let status: number | null = null;
beforeAll(() => {
  copy = copyProject();
  mkdirSync(join(copy.root, "sources/hostile"));
  copy.write("sources/hostile/raw.txt", RAW);
  copy.write(
    "sources/hostile/edition.txt",
    "@@ headline headline 1\nHostile </script> title\n\n@@ p01 paragraph 2\nThe park had 650 firms <img src=x onerror=alert(1)> and {x} </style> javascript:alert(1) here.\n",
  );
  copy.write(
    "sources/hostile/source.yaml",
    [
      "id: hostile",
      `title: ${yaml(`Title ${HOSTILE}`)}`,
      `author: ${yaml(`Author ${HOSTILE}`)}`,
      "publisher:",
      `  name: ${yaml(`Publisher ${HOSTILE}`)}`,
      `  attribution: ${yaml(`javascript:alert(2) ${HOSTILE}`)}`,
      "published: null",
      `dating: ${yaml(`Dating ${HOSTILE}`)}`,
      "language: en",
      'url: ""',
      "raw:",
      "  file: raw.txt",
      `  sha256: ${createHash("sha256").update(RAW).digest("hex")}`,
      "changes: []",
      "",
    ].join("\n"),
  );
  copy.write(
    "content/hostile.mdx",
    `---\ntitle: ${yaml(`Page ${HOSTILE}`)}\norder: 50\n---\n\nThe park had <Fact source="hostile" quote="had 650 firms <img src=x onerror=alert(1)> and {x} </style> javascript:alert(1)">650 firms &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&#123;x&#125;</Fact>.\n`,
  );
  const astro = join(process.cwd(), "node_modules/astro/bin/astro.mjs");
  const result = spawnSync(process.execPath, [astro, "build", "--root", copy.root], { encoding: "utf8", env: astroEnv() });
  status = result.status;
  output = `${result.stdout}\n${result.stderr}`;
});
afterAll(() => copy?.remove());

function page(path: string) {
  return parseHTML(readFileSync(join(copy.root, "dist", path), "utf8")).document;
}

it("renders hostile text from every field as inert text", () => {
  expect(status, output).toBe(0);
  for (const path of ["hostile/index.html", "sources/hostile/index.html", "sources/hostile/raw/index.html", "sources/index.html"]) {
    const doc = page(path);
    expect(doc.querySelectorAll("img, script").length, path).toBe(0);
    expect([...doc.querySelectorAll("*")].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith("on")), path).toEqual([]);
    expect([...doc.querySelectorAll("[href]")].map((a) => a.getAttribute("href")).filter((h) => /^\s*javascript:/i.test(h ?? "")), path).toEqual([]);
    expect(doc.body.textContent, path).toContain("<img src=x onerror=alert(1)>");
  }
  const content = page("hostile/index.html");
  expect(content.querySelector("title")!.textContent).toContain(`Page ${HOSTILE}`);
  const callout = content.querySelector(".fact")!;
  expect(callout.querySelector("a")!.textContent).toBe("650 firms </script><img src=x onerror=alert(1)>{x}");
  expect(callout.querySelector("q")!.textContent).toBe("had 650 firms <img src=x onerror=alert(1)> and {x} </style> javascript:alert(1)");
  expect(callout.querySelector("cite")!.textContent).toBe(`Title ${HOSTILE}`);
  expect(callout.querySelector("[popover]")!.textContent).toContain(`Publisher ${HOSTILE}`);
  const source = page("sources/hostile/index.html").querySelector(".meta")!.textContent;
  for (const field of ["Author", "Publisher", "javascript:alert(2)", "Dating"]) expect(source).toContain(`${field} ${HOSTILE}`);
  expect(page("sources/hostile/raw/index.html").querySelector("pre")!.textContent).toBe(RAW);
});
