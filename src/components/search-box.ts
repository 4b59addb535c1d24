/**
 * Wires a search box to Pagefind. Pagefind's script and index are imported on first focus or
 * keystroke, not with the page. Results are built as DOM nodes, never as HTML from the index.
 */

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  debouncedSearch(
    term: string,
    options?: object,
    ms?: number,
  ): Promise<{ results: PagefindResult[] } | null>;
}

const PAGEFIND = "/pagefind/pagefind.js";
const SHOWN = 8;

let loading: Promise<Pagefind> | null = null;

function loadPagefind(): Promise<Pagefind> {
  // A variable, not a literal: the bundler must leave this import to the browser.
  const url = PAGEFIND;
  loading ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 20 });
    return pf;
  });
  loading.catch(() => (loading = null));
  return loading;
}

/** Pagefind's excerpt is HTML with `<mark>`: parsed inertly, only its text and marks are kept. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(html, "text/html").body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? "");
  });
}

export function attachSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>("[data-search-input]");
  const status = root.querySelector<HTMLElement>("[data-search-status]");
  const list = root.querySelector<HTMLOListElement>("[data-search-results]");
  if (!input || !status || !list) return;
  root.hidden = false;

  const run = async () => {
    const term = input.value.trim();
    if (term === "") {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind();
    } catch {
      status.textContent = "Search could not be loaded.";
      return;
    }
    let found: Awaited<ReturnType<Pagefind["debouncedSearch"]>>;
    try {
      found = await pagefind.debouncedSearch(term, {}, 200);
    } catch {
      status.textContent = "Search failed; try again.";
      return;
    }
    if (found === null || input.value.trim() !== term) return; // a newer search superseded this one
    const data = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
    list.replaceChildren(
      ...data.map((d) => {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.href = d.url;
        link.textContent = d.meta.title ?? d.url;
        const excerpt = document.createElement("p");
        excerpt.append(...excerptNodes(d.excerpt));
        item.append(link, excerpt);
        return item;
      }),
    );
    status.textContent =
      found.results.length === 0
        ? `No page found for “${term}”.`
        : `${found.results.length} ${found.results.length === 1 ? "page" : "pages"} found.`;
  };

  input.addEventListener("focus", () => void loadPagefind().catch(() => undefined), { once: true });
  input.addEventListener("input", () => void run());
}
