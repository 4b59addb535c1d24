/** The data for re-use, read from the real build: facts.json, facts.csv, annotations.jsonld, JSON-LD, sitemap. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { builtSite, distFile } from "./helpers/built-site.ts";
import { builtPages, fileOf, parseCsv, readPage, squash } from "./helpers/dist-pages.ts";
import { validate, type JsonSchema } from "./helpers/json-schema.ts";
import { COLUMNS, csvRows, type CsvRow } from "../src/site/facts-export.ts";
import type { FactsExport } from "../src/site/schemas/facts-export.ts";

interface Row {
  type: "fact";
  id: string;
  page: string;
  text: string;
  source: string;
  sourceTitle: string;
  sourceDate: string | null;
  quote: string;
  href: string;
  round: number | null;
  numbers: Record<string, unknown>[];
}
type Entry =
  Row | { type: "derived"; id: string; page: string; text: string; [k: string]: unknown };

const entries = (): Entry[] => JSON.parse(distFile("facts.json")) as Entry[];
const rows = (): Row[] => entries().filter((e): e is Row => e.type === "fact");
const key = (r: Pick<Row, "id" | "page" | "text" | "href">) =>
  JSON.stringify([r.page, r.id, r.text, r.href]);

describe("facts.json", () => {
  it("lists exactly the callouts on the built pages, with their page, figure and passage link", () => {
    const { dist } = builtSite();
    const onPages: string[] = [];
    for (const page of builtPages(dist)) {
      for (const el of page.document.querySelectorAll(".fact")) {
        // The callout holds the plain link to its passage; the link's text is the figure.
        const link = el.querySelector(":scope > a");
        expect(link, `${page.path}#${el.id}: no link to its passage`).toBeDefined();
        onPages.push(
          key({
            page: page.path,
            id: el.id,
            text: squash(link?.textContent),
            href: link?.getAttribute("href") ?? "",
          }),
        );
      }
    }
    const listed = rows().map((r) => key({ ...r, text: squash(r.text) }));
    expect(onPages.length).toBeGreaterThanOrEqual(20);
    expect(listed.toSorted()).toEqual(onPages.toSorted());
  });

  it("gives each fact its source, its quote as written, and a passage that exists on the source's page", () => {
    const { dist } = builtSite();
    for (const r of rows()) {
      expect(r.href.startsWith(`/sources/${r.source}/#`), r.href).toBe(true);
      const page = readPage(dist, fileOf(`/sources/${r.source}/`));
      expect(page.document.getElementById(r.href.split("#")[1] as string), r.href).not.toBeNull();
      expect(r.quote.split(/\s+/).length).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("facts.json, for a re-user who checks it", () => {
  it("gives each number of a figure its value, range end, unit, kind and hedge, as the check read them", () => {
    const offshore = rows().find((r) => r.id === "glance-offshore");
    expect(offshore).toMatchObject({
      round: 0.1,
      sourceTitle: "GreatLeapForward.com",
      sourceDate: null,
      numbers: [
        {
          text: "US$1.8 billion",
          value: 1.8e9,
          to: null,
          unit: "USD",
          kind: "money",
          qualifier: null,
          roundedFrom: "US$1.79 billion",
        },
      ],
    });
    const enterprises = rows().find((r) => r.id === "glance-enterprises");
    expect(enterprises?.numbers).toEqual([
      expect.objectContaining({ value: 1000, qualifier: "nearly" }),
    ]);
    expect(rows().find((r) => r.source === "back-office-hub")?.sourceDate).toBe("2017-07-16");
  });

  it("lists each derived figure with its formula, its unrounded result and its inputs' values", () => {
    const derived = entries().filter((e) => e.type === "derived");
    expect(derived.length).toBeGreaterThan(0);
    const growth = derived.find((d) => d.text === "2.5 times") as Record<string, unknown>;
    expect(growth).toMatchObject({
      page: "/industry/",
      formula: "revenue-last-year / revenue-2010",
      round: 0.1,
      inputs: [
        { id: "revenue-last-year", href: "/industry/#revenue-last-year", value: 21.7e9 },
        { id: "revenue-2010", href: "/industry/#revenue-2010", value: 8.65e9 },
      ],
    });
    expect(growth.result).toBeCloseTo(21.7 / 8.65, 10);
    for (const d of derived)
      for (const input of d.inputs as { href: string }[]) {
        const [page, id] = input.href.split("#") as [string, string];
        expect(
          rows().some((r) => r.page === page && r.id === id),
          input.href,
        ).toBe(true);
      }
  });
});

describe("facts.csv", () => {
  it("holds facts.json's figures, one row per number, under documented columns", () => {
    const [header, ...records] = parseCsv(distFile("facts.csv"));
    expect(header).toEqual([...COLUMNS]);
    const fromCsv = records.map(
      (rec) => Object.fromEntries((header as string[]).map((c, i) => [c, rec[i]])) as CsvRow,
    );
    expect(fromCsv).toEqual(csvRows(entries() as FactsExport));
    // Every figure is there, with as many rows as it has numbers (one where it has none).
    for (const e of entries()) {
      const mine = fromCsv.filter((r) => r.page === e.page && r.id === e.id && r.type === e.type);
      expect(mine.length, `${e.page}#${e.id}`).toBe(Math.max(1, (e.numbers as unknown[]).length));
    }
    // The real data needs quoting (commas in quotes), so the quoting is exercised here too.
    expect(distFile("facts.csv")).toMatch(/"[^"\r\n]*,[^"\r\n]*"/);
  });
});

describe("facts.schema.json", () => {
  it("is a JSON Schema that the real facts.json satisfies", () => {
    const schema = JSON.parse(distFile("facts.schema.json")) as JsonSchema;
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe("http://localhost:4321/facts.schema.json");
    expect(validate(schema, JSON.parse(distFile("facts.json")))).toEqual([]);
  });

  it("refuses what facts.json must not hold", () => {
    const schema = JSON.parse(distFile("facts.schema.json")) as JsonSchema;
    const [first] = rows();
    const broken = [
      { ...first, numbers: [{ ...first?.numbers[0], kind: "amount" }] },
      { ...first, sourceDate: "16 July 2017" },
      { ...first, extra: 1 },
      { ...first, type: "guess" },
    ];
    // A keyword the validator does not know fails, rather than passing unread.
    expect(validate({ type: "string", maxLength: 3 }, "x")).toEqual([
      "$: the validator does not know `maxLength`",
    ]);
    for (const entry of broken)
      expect(validate(schema, [entry]), JSON.stringify(entry)).not.toEqual([]);
  });
});

describe("annotations.jsonld", () => {
  interface Selector {
    type: string;
    exact?: string;
    prefix?: string;
    suffix?: string;
    value?: string;
  }
  interface Annotation {
    id: string;
    type: string;
    body: { type: string; source?: string; value?: string; selector?: Selector }[];
    target: { source: string; selector: Selector[] };
  }
  const collection = () =>
    JSON.parse(distFile("annotations.jsonld")) as {
      "@context": string;
      type: string;
      total: number;
      first: { items: Annotation[] };
    };

  it("is a W3C annotation collection with one annotation per fact", () => {
    const c = collection();
    expect(c["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(c.type).toBe("AnnotationCollection");
    expect(c.total).toBe(rows().length);
    const ids = new Set(c.first.items.map((a) => a.id));
    expect(ids.size).toBe(c.first.items.length);
    const bodies = c.first.items.map((a) => {
      const page = a.body.find((b) => b.type === "SpecificResource");
      return `${new URL(page?.source ?? "").pathname}#${page?.selector?.value}`;
    });
    expect(bodies.toSorted()).toEqual(
      rows()
        .map((r) => `${r.page}#${r.id}`)
        .toSorted(),
    );
  });

  it("anchors each annotation on its source page here by a text quote that occurs there, at the cited passage", () => {
    const { dist } = builtSite();
    const byId = new Map(rows().map((r) => [`${r.page}#${r.id}`, r]));
    for (const a of collection().first.items) {
      const target = new URL(a.target.source);
      expect(target.origin).toBe("http://localhost:4321");
      const quote = a.target.selector.find((s) => s.type === "TextQuoteSelector") as Selector;
      const { document } = readPage(dist, fileOf(target.pathname));
      const whole = `${quote.prefix}${quote.exact}${quote.suffix}`;
      expect(
        document.querySelector("main")?.textContent?.includes(whole),
        `${a.id}: "${whole}" is not in ${target.pathname}`,
      ).toBe(true);
      // In the reading edition it re-anchors at one place: the passage the fact links to
      // (a passage id is q-<block>-<start>-<end>). The metadata may quote the edition too.
      const page = a.body.find((b) => b.type === "SpecificResource");
      const row = byId.get(
        `${new URL(page?.source ?? "").pathname}#${page?.selector?.value}`,
      ) as Row;
      const [, block, start] = /^q-(.+)-(\d+)-(\d+)$/.exec(row.href.split("#")[1] as string) ?? [];
      const blockText = document.getElementById(block as string)?.textContent ?? "";
      expect(blockText.indexOf(whole), `${a.id} in #${block}`).toBe(
        Number(start) - (quote.prefix?.length ?? 0),
      );
      expect(blockText.indexOf(whole)).toBe(blockText.lastIndexOf(whole));
    }
  });

  it("takes its context from the edition, never cutting a word", () => {
    for (const a of collection().first.items) {
      const q = a.target.selector.find((s) => s.type === "TextQuoteSelector") as Selector;
      expect(q.prefix === "" || /^\S/.test(q.prefix ?? "")).toBe(true);
      expect(q.suffix === "" || /\S$/.test(q.suffix ?? "")).toBe(true);
    }
  });
});

describe("schema.org JSON-LD", () => {
  it("describes each content page as an article that cites the sources of its figures", () => {
    const { dist, root } = builtSite();
    const titles = (id: string) =>
      (
        parseYaml(readFileSync(join(root, "sources", id, "source.yaml"), "utf8")) as {
          title: string;
        }
      ).title;
    const pages = new Set(rows().map((r) => r.page));
    expect(pages.size).toBeGreaterThan(0);
    for (const path of pages) {
      const { document } = readPage(dist, fileOf(path));
      const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')];
      expect(scripts).toHaveLength(1);
      const ld = JSON.parse(scripts[0]?.textContent ?? "") as {
        "@type": string;
        headline: string;
        url: string;
        citation: { "@id": string; "@type": string; name: string }[];
      };
      expect(ld["@type"]).toBe("Article");
      expect(ld.headline).toBe(squash(document.querySelector("h1")?.textContent));
      expect(new URL(ld.url).pathname).toBe(path);
      const cited = rows()
        .filter((r) => r.page === path)
        .map((r) => r.source);
      expect(ld.citation.map((c) => new URL(c["@id"]).pathname).toSorted()).toEqual(
        [...new Set(cited)].map((id) => `/sources/${id}/`).toSorted(),
      );
      for (const c of ld.citation) {
        expect(c["@type"]).toBe("CreativeWork");
        expect(c.name).toBe(titles(new URL(c["@id"]).pathname.split("/")[2] as string));
      }
    }
  });

  it("is on no page that is not an article", () => {
    const { dist } = builtSite();
    for (const file of ["sources/index.html", "method/index.html"]) {
      expect(
        readPage(dist, file).document.querySelectorAll('script[type="application/ld+json"]'),
      ).toHaveLength(0);
    }
  });
});

describe("sitemap", () => {
  it("lists every page but the 404, at the configured site's address", () => {
    const { dist } = builtSite();
    const index = distFile("sitemap-index.xml");
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
      new URL(m[1] as string).pathname.slice(1),
    );
    expect(maps.length).toBeGreaterThan(0);
    const listed = maps.flatMap((m) =>
      [...distFile(m).matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => x[1] as string),
    );
    for (const loc of listed) expect(new URL(loc).origin).toBe("http://localhost:4321");
    const pages = builtPages(dist)
      .filter((p) => p.file !== "404.html")
      .map((p) => p.path);
    expect(listed.map((l) => new URL(l).pathname).toSorted()).toEqual(pages.toSorted());
  });
});
