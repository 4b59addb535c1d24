/** The data for re-use, read from the real build: facts.json, facts.csv, annotations.jsonld, JSON-LD, sitemap. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { builtSite, distFile } from "./helpers/built-site.ts";
import { builtPages, fileOf, parseCsv, readPage, squash } from "./helpers/dist-pages.ts";

interface Row {
  id: string;
  page: string;
  text: string;
  source: string;
  quote: string;
  href: string;
}

const rows = (): Row[] => JSON.parse(distFile("facts.json")) as Row[];
const key = (r: Pick<Row, "id" | "page" | "text" | "href">) =>
  JSON.stringify([r.page, r.id, r.text, r.href]);

describe("facts.json", () => {
  it("lists exactly the callouts on the built pages, with their page, figure and passage link", () => {
    const { dist } = builtSite();
    const onPages: string[] = [];
    for (const page of builtPages(dist)) {
      for (const el of page.document.querySelectorAll(".fact")) {
        // The callout is, or holds, the plain link to its passage; the link's text is the figure.
        const links = [el, ...el.querySelectorAll("a")].filter(
          (a) => a.tagName === "A" && a.getAttribute("href")?.includes("#q-"),
        );
        const link = links.find((a) => squash(a.textContent) !== "in the source") ?? links[0];
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

describe("facts.csv", () => {
  it("holds the same rows as facts.json under the same columns", () => {
    const [header, ...records] = parseCsv(distFile("facts.csv"));
    expect(header).toEqual(["id", "page", "text", "source", "quote", "href"]);
    const fromCsv = records.map((rec) =>
      Object.fromEntries((header as string[]).map((c, i) => [c, rec[i]])),
    );
    expect(fromCsv).toEqual(rows());
    // The real data needs quoting (commas in quotes), so the quoting is exercised here too.
    expect(distFile("facts.csv")).toMatch(/"[^"\r\n]*,[^"\r\n]*"/);
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
      // The block's own text, without the pilcrow link the page puts before it.
      const element = document.getElementById(block as string)?.cloneNode(true) as
        Element | undefined;
      for (const link of element?.querySelectorAll(".pil") ?? []) link.remove();
      const blockText = element?.textContent ?? "";
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
  it("describes each content page as an article whose parts quote every fact on it, each based on its source", () => {
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
        hasPart: { "@type": string; text: string; url: string; isBasedOn: { "@id": string } }[];
      };
      expect(ld["@type"]).toBe("Article");
      expect(ld.headline).toBe(squash(document.querySelector("h1")?.textContent));
      expect(new URL(ld.url).pathname).toBe(path);
      const sources = new Map(ld.citation.map((c) => [c["@id"], c]));
      // Each cited passage once, however many callouts quote it.
      const expected = [
        ...new Map(
          rows()
            .filter((r) => r.page === path)
            .map((r) => [r.href, JSON.stringify([r.quote, titles(r.source)])]),
        ).values(),
      ];
      const quoted = ld.hasPart.map((q) => {
        expect(q["@type"]).toBe("Quotation");
        const source = sources.get(q.isBasedOn["@id"]);
        expect(source?.["@type"], q.isBasedOn["@id"]).toBe("CreativeWork");
        return JSON.stringify([q.text, source?.name]);
      });
      expect(quoted.toSorted()).toEqual(expected.toSorted());
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
