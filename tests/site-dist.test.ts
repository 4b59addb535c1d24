/**
 * What the real build emits: callouts that carry their source, passages that exist, links that
 * resolve, valid HTML.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, relative } from "node:path";
import { spawnSync } from "node:child_process";
import { parseHTML } from "linkedom";
import { HtmlValidate } from "html-validate";
import { checkProject, loadProject, normalize } from "../src/facts/index.ts";
import { displayDate, pageHref } from "../src/site/links.ts";
import { siteRoutes } from "../src/facts/links/routes.ts";
import { urlOf } from "../src/integration/search.ts";
import { builtSite, distFile } from "./helpers/built-site.ts";
import { astroEnv, copyProject } from "./helpers/project-copy.ts";

/** Every HTML file of a dist, as paths relative to it. */
function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((p) => p.endsWith(".html"))
    .sort();
}

function dom(path: string) {
  return parseHTML(distFile(path)).document;
}

/** The dist file a site path is served from, as a static host would: `/x/` is `x/index.html`. */
function fileFor(dist: string, path: string): string | null {
  const clean = decodeURIComponent(path).replace(/^\//, "");
  for (const candidate of [clean, join(clean, "index.html"), `${clean}.html`]) {
    const full = join(dist, candidate);
    if (existsSync(full) && statSync(full).isFile()) return full;
  }
  return null;
}

async function checked() {
  const { root } = builtSite();
  return checkProject(await loadProject({ root }));
}

describe("callouts", () => {
  it(
    "never share an id with a heading: the engine computes each heading's id exactly " +
      "as the build gives it",
    async () => {
      const result = await checked();
      let headings = 0;
      for (const page of result.pages) {
        const doc = dom(`${pageHref(page.file).slice(1)}index.html`);
        const built = [
          ...doc.querySelectorAll("article h2, article h3, article h4, article h5, article h6"),
        ].map((h) => h.id);
        expect(
          page.extracted.headings.map((h) => h.id),
          page.file,
        ).toEqual(built);
        headings += built.length;
        const taken = new Set(built);
        for (const f of page.facts)
          expect(taken.has(f.id), `${page.file}: fact ${f.id}`).toBe(false);
      }
      expect(headings).toBeGreaterThan(20);
    },
  );

  it("carry their quote and source, as the facts engine resolved them, on the page the engine names", async () => {
    const result = await checked();
    expect(result.facts.length).toBeGreaterThanOrEqual(20);
    for (const f of result.facts) {
      const page = pageHref(f.file);
      const doc = dom(`${page.slice(1)}index.html`);
      const callout = doc.getElementById(f.id);
      expect(callout, `${page}#${f.id}`).not.toBeNull();
      const button = callout!.querySelector("button[popovertarget]")!;
      expect(button.textContent).toBe("Source");
      const note = doc.getElementById(button.getAttribute("popovertarget")!)!;
      expect(note.hasAttribute("popover")).toBe(true);
      expect(note.closest("ol.notes"), `${page}#${f.id}: a note of the page's list`).not.toBeNull();
      expect(note.querySelector("q")!.textContent).toBe(f.fact.attributes.quote);
      expect(note.querySelector("cite")!.textContent).toBe(f.source!.meta!.title);
      expect(note.textContent).toContain(displayDate(f.source!.meta!.published));
      const figure = callout!.querySelector(":scope > a")!;
      expect(figure.textContent).toBe(f.fact.text);
      // Its quote is a link to the passage, as the figure is.
      const inSource = note.querySelector("p > a")!;
      expect(inSource.querySelector("q")!.textContent).toBe(f.fact.attributes.quote);
      expect(inSource.getAttribute("href")).toBe(figure.getAttribute("href"));
      expect(note.querySelector(":scope > a")!.getAttribute("href")).toMatch(/^\/facts\/[\w-]+\/$/);
    }
  });

  it("are numbered in the order of the page's notes, one note per callout", async () => {
    const result = await checked();
    for (const page of result.pages) {
      const doc = dom(`${pageHref(page.file).slice(1)}index.html`);
      const markers = [...doc.querySelectorAll(".fact > button")].map((b) =>
        b.getAttribute("popovertarget"),
      );
      const notes = [...doc.querySelectorAll("ol.notes > li")].map((li) => li.id);
      expect(notes, page.file).toEqual(markers);
    }
  });

  it("link to a passage that exists on the source page and is marked there in full", async () => {
    const result = await checked();
    for (const f of result.facts) {
      const doc = dom(`${pageHref(f.file).slice(1)}index.html`);
      const href = doc.getElementById(f.id)!.querySelector(":scope > a")!.getAttribute("href")!;
      const [path, id] = href.split("#") as [string, string];
      expect(path).toBe(`/sources/${f.source!.id}/`);
      const source = dom(`${path.slice(1)}index.html`);
      expect(source.getElementById(id), href).not.toBeNull();
      // The passage is one mark with its id, and, where another passage cuts it, further marks of
      // its id's class.
      const marked = [source.getElementById(id)!, ...source.querySelectorAll(`mark.${id}`)]
        .map((m) => m.textContent)
        .join("");
      expect(normalize(marked).text, href).toBe(normalize(f.fact.attributes.quote ?? "").text);
    }
  });
});

describe("source pages", () => {
  it("have passages that cross in the real content, so the test above covers them", () => {
    // "By the end of 2012, the city was home to" and "home to nearly 1000 …" share "home to".
    const cut = [...dom("sources/great-leap-forward/index.html").querySelectorAll("#p05 mark.e")];
    expect(cut.length).toBeGreaterThan(0);
  });

  it("give each passage one line of back-references, each a link to a callout named for its figure", async () => {
    const result = await checked();
    for (const f of result.facts) {
      const doc = dom(`sources/${f.source!.id}/index.html`);
      const back = doc.querySelector(`.br a[href="${pageHref(f.file)}#${f.id}"]`);
      if (back) {
        expect(back.getAttribute("aria-label"), f.id).toContain(
          f.fact.text.length <= 48 ? f.fact.text : f.fact.text.slice(0, 20),
        );
        continue;
      }
      // Past a handful of uses, the line links to the passage's own list of uses.
      const passage = f.location!.passage!;
      const id = `q-${passage.anchor}-${passage.start}-${passage.end}`;
      const list = doc.querySelector(`.br a[href="cited/${id}/"]`);
      expect(list, `${f.id}: neither a back-reference nor a list of uses`).not.toBeNull();
      const uses = dom(`sources/${f.source!.id}/cited/${id}/index.html`);
      expect(uses.querySelector(`a[href="${pageHref(f.file)}#${f.id}"]`), f.id).not.toBeNull();
    }
  });

  it("number each line as the passage it stands for: one line per passage, in the order passages end", () => {
    const doc = dom("sources/great-leap-forward/index.html");
    for (const p of doc.querySelectorAll(".edition > p")) {
      const ends = p.querySelectorAll("mark[id]:not(.x), mark.e").length;
      const next = p.nextElementSibling;
      const lines = next?.matches("ol.br") ? next.querySelectorAll(":scope > li").length : 0;
      expect(lines, p.id).toBe(ends);
    }
  });

  it("serve the raw file byte for byte, show it verbatim, and list every declared correction", async () => {
    const { sources } = await checked();
    for (const s of sources.values()) {
      const served = readFileSync(join(builtSite().dist, `sources/${s.id}/raw.txt`));
      expect(createHash("sha256").update(served).digest("hex")).toBe(s.meta!.raw.sha256);
      const raw = dom(`sources/${s.id}/raw/index.html`);
      expect(raw.querySelector("pre")!.textContent).toBe(s.raw);
      const page = dom(`sources/${s.id}/index.html`);
      expect(page.querySelector(".meta")!.textContent).toContain(s.rawSha256);
      const changes = [...page.querySelectorAll(".changes li")];
      expect(changes).toHaveLength(s.meta!.changes.length);
      s.meta!.changes.forEach((c, k) => {
        const url = new URL(
          changes[k]!.querySelector("a")!.getAttribute("href")!,
          `http://x/sources/${s.id}/`,
        );
        expect(`${url.pathname}${url.hash}`).toBe(`/sources/${s.id}/raw/#L${c.line}`);
        expect(changes[k]!.textContent).toContain(c.why);
      });
    }
  });
});

describe("every page", () => {
  it("has no broken internal link or resource, fragments included", () => {
    const { dist } = builtSite();
    const broken: string[] = [];
    let checkedLinks = 0;
    for (const file of htmlFiles(dist)) {
      const doc = dom(file);
      const base = new URL(`/${file}`, "http://site.test");
      for (const el of doc.querySelectorAll("[href], [src]")) {
        const ref = el.getAttribute("href") ?? el.getAttribute("src")!;
        const url = new URL(ref, base);
        if (url.origin !== base.origin) continue;
        checkedLinks++;
        const target = fileFor(dist, url.pathname);
        if (!target) broken.push(`${file}: ${ref}`);
        else if (url.hash && target.endsWith(".html")) {
          const targetDoc = parseHTML(readFileSync(target, "utf8")).document;
          if (!targetDoc.getElementById(decodeURIComponent(url.hash.slice(1))))
            broken.push(`${file}: ${ref} (no such id)`);
        }
      }
    }
    expect(checkedLinks).toBeGreaterThan(200);
    expect(broken).toEqual([]);
  });

  it("is what the link check knows: every address it accepts is built, with every id it accepts", async () => {
    const result = await checked();
    const { dist } = builtSite();
    const routes = siteRoutes(
      result.pages.map((p) => p.file),
      result.pages,
      result.sources,
    );
    for (const [path, route] of routes) {
      const target = fileFor(dist, path);
      expect(target, `${path} is built`).not.toBeNull();
      if (route.ids === null) continue;
      const doc = parseHTML(readFileSync(target!, "utf8")).document;
      for (const id of route.ids) expect(doc.getElementById(id), `${path}#${id}`).not.toBeNull();
    }
    // The other way: every page the build makes is an address the check knows, and every
    // heading, callout, derived figure, block and passage on it an id it knows.
    for (const file of htmlFiles(dist).filter((f) => f !== "404.html")) {
      const route = routes.get(urlOf(file));
      expect(route, `${urlOf(file)} is known to the link check`).toBeDefined();
      const targets = dom(file).querySelectorAll(
        "article :is(h2, h3, h4, h5, h6)[id], .fact[id], .derived[id], p[id], .passage-anchor[id], pre.raw > span[id]",
      );
      for (const el of targets)
        expect(route?.ids?.has(el.id), `${urlOf(file)}#${el.id}`).toBe(true);
    }
  });

  it("passes html-validate's recommended rules", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: {
        // A source page's title is the source's title as printed, which we do not shorten; the
        // limit is for search snippets.
        "long-title": "off",
      },
    });
    const { dist } = builtSite();
    const errors: string[] = [];
    for (const file of htmlFiles(dist)) {
      const report = await validator.validateString(readFileSync(join(dist, file), "utf8"), file);
      for (const r of report.results)
        for (const m of r.messages)
          errors.push(`${file}:${m.line}:${m.column} ${m.message} (${m.ruleId})`);
    }
    expect(errors).toEqual([]);
  });

  it("has a strict Content-Security-Policy, hashes every inline script and style, and no style attribute", () => {
    const { dist } = builtSite();
    for (const file of htmlFiles(dist)) {
      const doc = dom(file);
      const csp = doc
        .querySelector('meta[http-equiv="content-security-policy"]')
        ?.getAttribute("content");
      expect(csp, file).toMatch(/default-src 'self'/);
      expect(csp, file).not.toContain("unsafe-inline");
      expect(doc.querySelectorAll("[style]").length, file).toBe(0);
      // Hashes are over the raw bytes between the tags (a DOM's textContent may differ), and a
      // JSON-LD data block is never run, so the policy does not cover it.
      const html = readFileSync(join(dist, file), "utf8");
      for (const [, tag, attrs, body] of html.matchAll(
        /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g,
      )) {
        if (/\bsrc=/.test(attrs!) || /application\/ld\+json/.test(attrs!)) continue;
        const hash = createHash("sha256").update(body!).digest("base64");
        expect(csp, `${file}: inline <${tag}>`).toContain(`'sha256-${hash}'`);
      }
      expect(doc.querySelectorAll("[onclick], [onerror], [onload]").length, file).toBe(0);
    }
  });

  it(
    "has a header with the site's name and navigation, and a footer saying when it " +
      "was built and that figures were checked",
    () => {
      for (const file of htmlFiles(builtSite().dist)) {
        const doc = dom(file);
        expect(doc.querySelector("header .site-name")?.textContent, file).toBe(
          "Dalian software fact sheet",
        );
        const nav = [...doc.querySelectorAll('nav[aria-label="Main"] a')].map((a) =>
          a.getAttribute("href"),
        );
        expect(nav, file).toEqual(expect.arrayContaining(["/", "/sources/", "/method/"]));
        expect(doc.querySelector("footer time[datetime]"), file).not.toBeNull();
        const footer = doc.querySelector("footer")!.textContent.replace(/\s+/g, " ");
        expect(footer, file).toMatch(/Every figure on this site was checked/);
        // Words and the link are separated by a space, as written ("built; how it is checked").
        expect(footer, file).toContain("when the site was built; how it is checked.");
      }
    },
  );
});

describe("page weight", () => {
  /** Bytes of a page's HTML and of the CSS and JS it links. */
  function weight(dist: string, file: string): number {
    const html = readFileSync(join(dist, file));
    const doc = parseHTML(html.toString("utf8")).document;
    const assets = [...doc.querySelectorAll('link[rel="stylesheet"], script[src]')].map(
      (el) => el.getAttribute("href") ?? el.getAttribute("src")!,
    );
    return assets.reduce(
      (n, a) => n + readFileSync(fileFor(dist, new URL(a, "http://x").pathname)!).length,
      html.length,
    );
  }

  it("keeps a content page of 50 callouts in real prose under 60 kB of HTML, CSS and JS", () => {
    // Real paragraphs of the real pages, gathered onto one page until it holds 50 callouts or more
    // (a page's capacity, which CONTRIBUTING.md tells writers). Explicit ids are dropped (they are
    // unique per page) and no callout is taken twice.
    const copy = copyProject();
    try {
      const seen = new Set<string>();
      const taken: string[] = [];
      let callouts = 0;
      for (const file of readdirSync(join(copy.root, "content"))
        .filter((f) => f !== "index.mdx")
        .sort()) {
        const body = copy.read(`content/${file}`).replace(/^---[\s\S]*?---\n/, "");
        for (const paragraph of body.split(/\n\n+/)) {
          if (callouts >= 50 || /<(Chart|Derived)\b|^\|/.test(paragraph)) continue;
          const facts = [
            ...paragraph.replaceAll(/ id="[^"]*"/g, "").matchAll(/<Fact\b[\s\S]*?<\/Fact>/g),
          ].map((m) => m[0]);
          if (facts.length === 0 || facts.some((f) => seen.has(f))) continue;
          for (const f of facts) seen.add(f);
          taken.push(paragraph.replaceAll(/ id="[^"]*"/g, ""));
          callouts += facts.length;
        }
      }
      copy.write(
        "content/heavy.mdx",
        `---\ntitle: Heavy\norder: 99\n---\n\n${taken.join("\n\n")}\n`,
      );
      const astro = join(process.cwd(), "node_modules/astro/bin/astro.mjs");
      const built = spawnSync(process.execPath, [astro, "build", "--root", copy.root], {
        encoding: "utf8",
        env: astroEnv(),
      });
      expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0);
      const dist = join(copy.root, "dist");
      const html = readFileSync(join(dist, "heavy/index.html"), "utf8");
      expect(html.match(/class="fact[ "]/g)!.length).toBeGreaterThanOrEqual(50);
      const bytes = weight(dist, "heavy/index.html");
      console.log(
        `heavy page: ${html.match(/class="fact[ "]/g)!.length} callouts, ${bytes} bytes of HTML+CSS+JS`,
      );
      expect(bytes).toBeLessThan(60_000);
    } finally {
      copy.remove();
    }
  });

  it("keeps every page of the real site under 60 kB of HTML, CSS and JS, source pages included", () => {
    const { dist } = builtSite();
    for (const file of htmlFiles(dist)) {
      expect(weight(dist, file), relative(dist, join(dist, file))).toBeLessThan(60_000);
    }
  });
});
