/**
 * What the real build makes of the corrections log: /corrections/ lists every entry under its
 * page, every page links to it from the footer, and each corrected page notes its corrections.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { correctionSchema, type Correction } from "../src/facts/schemas/correction.ts";
import { pageHref } from "../src/site/links.ts";
import { builtSite } from "./helpers/built-site.ts";
import { builtPages, fileOf, readPage, squash } from "./helpers/dist-pages.ts";

/** The log the build read, from the built copy of the project. */
function log(): Correction[] {
  const text = readFileSync(join(builtSite().root, "content/corrections.yaml"), "utf8");
  return (parse(text) as unknown[]).map((e) => correctionSchema.parse(e));
}

function correctionsPage() {
  return readPage(builtSite().dist, "corrections/index.html").document;
}

describe("/corrections/", () => {
  it("lists each entry once, under its page, with its date, what the page said and says, and why", () => {
    const doc = correctionsPage();
    const entries = log();
    expect(entries.length).toBeGreaterThanOrEqual(8);
    expect(doc.querySelectorAll("article.correction")).toHaveLength(entries.length);
    for (const c of entries) {
      const article = doc.getElementById(c.id);
      expect(article, c.id).not.toBeNull();
      const section = article!.closest("section")!;
      expect(section.querySelector("h2 a")!.getAttribute("href"), c.id).toBe(pageHref(c.page));
      expect(article!.querySelector("time")!.getAttribute("datetime"), c.id).toBe(c.date);
      const [said, says, why] = [...article!.querySelectorAll("dd")].map((dd) =>
        squash(dd.textContent),
      );
      expect({ said, says, why }, c.id).toEqual({
        said: squash(c.said),
        says: squash(c.says),
        why: squash(c.why),
      });
    }
  });

  it("has a section for each corrected page, and for no other", () => {
    const doc = correctionsPage();
    const corrected = new Set(log().map((c) => pageHref(c.page)));
    const listed = [...doc.querySelectorAll("section h2 a")].map((a) => a.getAttribute("href"));
    expect(new Set(listed)).toEqual(corrected);
  });
});

describe("links to the corrections", () => {
  it("stand in the footer of every page", () => {
    const pages = builtPages(builtSite().dist);
    expect(pages.length).toBeGreaterThan(20);
    const without = pages
      .filter((p) => !p.document.querySelector('footer a[href="/corrections/"]'))
      .map((p) => p.path);
    expect(without).toEqual([]);
  });

  it("stand in a note on each corrected page, and on no other content page", () => {
    const { dist } = builtSite();
    const doc = correctionsPage();
    const byPage = new Map<string, Correction[]>();
    for (const c of log())
      byPage.set(pageHref(c.page), [...(byPage.get(pageHref(c.page)) ?? []), c]);
    const contentPages = [...doc.querySelectorAll("nav[aria-label=Main] a")]
      .map((a) => a.getAttribute("href")!)
      .filter((href) => href !== "/sources/" && href !== "/method/");
    expect(contentPages.length).toBeGreaterThan(byPage.size);
    for (const href of contentPages) {
      const note = readPage(dist, fileOf(href)).document.querySelector(".corrections-note");
      const entries = byPage.get(href);
      if (!entries) {
        expect(note, href).toBeNull();
        continue;
      }
      expect(note, href).not.toBeNull();
      const target = note!.querySelector('a[href^="/corrections/#"]')!.getAttribute("href")!;
      const section = doc.getElementById(target.split("#")[1]!)!.closest("section")!;
      const listed = [...section.querySelectorAll("article.correction")].map((a) => a.id).sort();
      expect(listed, href).toEqual(entries.map((c) => c.id).sort());
      for (const c of entries)
        expect(note!.querySelector(`time[datetime="${c.date}"]`), `${href} ${c.id}`).not.toBeNull();
    }
  });
});
