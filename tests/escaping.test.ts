/**
 * Source text and metadata are data, never markup: a fixture source and page carry `</script>`,
 * `</style>`, an `<img onerror>`, braces and a `javascript:` address through every field that
 * reaches a page or an export, and the real `astro build` must publish them as inert text.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { main as addSource } from "../scripts/lib/add-source-cli.ts";
import { launchChromium, serveDist } from "./helpers/browser.ts";
import { builtPages, parseCsv, readPage, squash, type BuiltPage } from "./helpers/dist-pages.ts";
import { astroEnv, copyProject, type ProjectCopy } from "./helpers/project-copy.ts";

const PAYLOAD = "</script><img src=x onerror=alert(1)> </style> {x} javascript:alert(1)";
/** The quote and the figure hold every payload; the figure's only number, 120, is the quote's. */
const QUOTE =
  "had 120 firms </script><img src=x onerror=alert(1)> and {braces} with a javascript:alert(1) address </style>";
const FIGURE =
  "120 firms </script><img src=x onerror=alert(1)> {braces} javascript:alert(1) </style>";
const RAW =
  `Payloads </script> and </style> in a headline\n\nThe park ${QUOTE} last ` +
  `year.\n\nNothing else is said here.\n`;
const META = {
  title: `Title ${PAYLOAD}`,
  author: `Author ${PAYLOAD}`,
  "publisher.name": `Publisher ${PAYLOAD}`,
  "publisher.attribution": `Attribution ${PAYLOAD}`,
  dating: `Dating ${PAYLOAD}`,
};
/** MDX text: `<` as a character reference and braces escaped, as an author would write them. */
const mdxText = (s: string) =>
  s.replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll("{", "\\{").replaceAll("}", "\\}");

let project: ProjectCopy;
let dist: string;
let output = "";

beforeAll(async () => {
  project = copyProject();
  mkdirSync(join(project.root, "fixture"), { recursive: true });
  project.write("fixture/raw.txt", RAW);
  const io = {
    cwd: project.root,
    stdout: () => undefined,
    stderr: (t: string) => void (output += t),
    stdin: async () => "",
  };
  expect(await addSource(["fixture/raw.txt", "--id", "escaping-fixture"], io), output).toBe(0);
  const meta = parseDocument(project.read("sources/escaping-fixture/source.yaml"));
  for (const [path, value] of Object.entries(META)) meta.setIn(path.split("."), value);
  project.write("sources/escaping-fixture/source.yaml", meta.toString());
  project.write(
    "content/escaping.mdx",
    `---\ntitle: ${JSON.stringify(`Page ${PAYLOAD}`)}\ndescription: ` +
      `${JSON.stringify(`Description ${PAYLOAD}`)}\n---\n\n` +
      `The fixture says the park had <Fact source="escaping-fixture" id="payload" ` +
      `quote="${QUOTE}">${mdxText(FIGURE)}</Fact>.\n`,
  );
  const astro = join(process.cwd(), "node_modules/astro/bin/astro.mjs");
  const result = spawnSync(process.execPath, [astro, "build", "--root", project.root], {
    encoding: "utf8",
    env: astroEnv(),
  });
  output += `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).toBe(0);
  dist = join(project.root, "dist");
});
afterAll(() => project?.remove());

const page = (file: string) => readPage(dist, file);
const text = (p: BuiltPage) => p.document.querySelector("body")?.textContent ?? "";

describe("every built page", () => {
  it("has no element or attribute that the data injected", () => {
    for (const p of builtPages(dist)) {
      for (const el of p.document.querySelectorAll("*")) {
        for (const attr of [...el.attributes]) {
          expect(
            attr.name.startsWith("on"),
            `${p.path}: <${el.tagName.toLowerCase()} ${attr.name}>`,
          ).toBe(false);
          expect(
            /^\s*javascript:/i.test(attr.value),
            `${p.path}: ${attr.name}="${attr.value}"`,
          ).toBe(false);
        }
      }
      expect(p.document.querySelectorAll('img[src="x"]'), p.path).toHaveLength(0);
      for (const el of p.document.querySelectorAll("script")) {
        if (el.getAttribute("type") === "application/ld+json")
          expect((): unknown => JSON.parse(el.textContent ?? ""), p.path).not.toThrow();
        else expect(el.textContent, p.path).not.toContain("alert(1)");
      }
      for (const el of p.document.querySelectorAll("style"))
        expect(el.textContent, p.path).not.toMatch(/alert\(1\)|onerror/);
    }
  });
});

describe("the content page", () => {
  it("shows the title, description, figure, quote and source's title as the literal text", () => {
    const p = page("escaping/index.html");
    expect(p.document.querySelector("title")?.textContent).toContain(`Page ${PAYLOAD}`);
    expect(p.document.querySelector("h1")?.textContent).toBe(`Page ${PAYLOAD}`);
    expect(p.document.querySelector('meta[name="description"]')?.getAttribute("content")).toBe(
      `Description ${PAYLOAD}`,
    );
    const fact = p.document.getElementById("payload");
    const note = p.document.getElementById("payload-n");
    const body = `${fact?.textContent ?? ""} ${note?.textContent ?? ""}`;
    for (const literal of [FIGURE, QUOTE, META.title, META["publisher.name"]])
      expect(body).toContain(literal);
  });

  it("carries them in its JSON-LD, which parses back to the same strings", () => {
    const script = page("escaping/index.html").document.querySelector(
      'script[type="application/ld+json"]',
    );
    expect(script?.textContent).not.toMatch(/<\//);
    const ld = JSON.parse(script?.textContent ?? "") as {
      headline: string;
      description: string;
      citation: Record<string, string>[];
    };
    expect(ld.headline).toBe(`Page ${PAYLOAD}`);
    expect(ld.description).toBe(`Description ${PAYLOAD}`);
    const source = ld.citation.find((c) => c["@id"]?.endsWith("/sources/escaping-fixture/"));
    expect(source).toMatchObject({
      name: META.title,
      author: META.author,
      publisher: META["publisher.name"],
    });
  });
});

describe("the source's page and the sources index", () => {
  it("show the metadata and the source text as the literal text", () => {
    const p = page("sources/escaping-fixture/index.html");
    expect(squash(p.document.querySelector("h1")?.textContent)).toBe(META.title);
    for (const literal of Object.values(META)) expect(text(p)).toContain(literal);
    for (const line of RAW.split("\n").filter(Boolean)) expect(text(p)).toContain(line);
    expect(text(page("sources/index.html"))).toContain(META.title);
    // The raw text, verbatim, one click away: as a page and as the file itself.
    expect(
      page("sources/escaping-fixture/raw/index.html").document.querySelector("pre")?.textContent,
    ).toBe(RAW);
    expect(readFileSync(join(dist, "sources/escaping-fixture/raw.txt"), "utf8")).toBe(RAW);
  });
});

describe("the exports", () => {
  it("hold the literal strings in facts.json, facts.csv and annotations.jsonld", () => {
    const rows = JSON.parse(readFileSync(join(dist, "facts.json"), "utf8")) as Record<
      string,
      string
    >[];
    const row = rows.find((r) => r.id === "payload");
    expect(row).toMatchObject({
      page: "/escaping/",
      text: FIGURE,
      source: "escaping-fixture",
      sourceTitle: META.title,
      quote: QUOTE,
    });
    const [header, ...records] = parseCsv(readFileSync(join(dist, "facts.csv"), "utf8"));
    expect(
      records.map((r) => Object.fromEntries((header as string[]).map((c, i) => [c, r[i]]))),
    ).toContainEqual(
      expect.objectContaining({
        id: "payload",
        text: FIGURE,
        source_title: META.title,
        quote: QUOTE,
        number_text: "120",
      }),
    );
    const anno = JSON.parse(readFileSync(join(dist, "annotations.jsonld"), "utf8")) as {
      first: {
        items: { target: { selector: { type: string; exact?: string; prefix?: string }[] } }[];
      };
    };
    const selectors = anno.first.items
      .flatMap((a) => a.target.selector)
      .filter((s) => s.type === "TextQuoteSelector");
    expect(selectors).toContainEqual(
      expect.objectContaining({ exact: QUOTE, prefix: "The park " }),
    );
  });
});

describe("in real Chromium", () => {
  it("runs nothing the data carried", async () => {
    const served = await serveDist(dist);
    const browser = await launchChromium();
    try {
      for (const path of ["/escaping/", "/sources/escaping-fixture/", "/facts/payload/"]) {
        const tab = await browser.newPage();
        const dialogs: string[] = [];
        tab.on("dialog", (d) => void (dialogs.push(d.message()), d.dismiss()));
        await tab.goto(`${served.origin}${path}`, { waitUntil: "load" });
        await tab.waitForTimeout(200);
        expect(dialogs, path).toEqual([]);
        expect(await tab.locator('img[src="x"]').count(), path).toBe(0);
        expect(await tab.locator("h1").textContent(), path).toContain(
          "</script><img src=x onerror=alert(1)>",
        );
      }
    } finally {
      await browser.close();
      await served.close();
    }
  });
});
