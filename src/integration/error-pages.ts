/**
 * Under `astro dev`, a page whose own files hold an error is answered with the error, not with
 * the page: status 500 and Astro's error overlay showing the first finding. Answering here, before
 * Astro renders the page, keeps Astro from logging the error again with a stack trace: the
 * terminal already shows every finding once per save, as `npm run check` does.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Plugin } from "vite";
import { FORMATS, type CheckResult, type Finding } from "../facts/index.ts";
import { pageHref, sourceHref } from "../facts/links/addresses.ts";
import { overlayError } from "./overlay-error.ts";
import type { FactsStore } from "./store.ts";

type Next = (error?: unknown) => void;

/** The Vite plugin: the middleware runs before Astro renders a page. */
export function errorPagesPlugin(store: FactsStore): Plugin {
  return {
    name: "dalian-facts:error-pages",
    apply: "serve",
    configureServer(server) {
      server.middlewares.use(errorPages(store));
    },
  };
}

/** A Connect middleware answering a page with errors with the overlay. */
export function errorPages(store: FactsStore) {
  return (request: IncomingMessage, response: ServerResponse, next: Next): void => {
    if (request.method !== "GET" || !request.url) return next();
    const path = routeOf(request.url);
    if (path === null || path.startsWith("/@") || path.startsWith("/src/")) return next();
    store.result().then(
      (result) => {
        const errors = errorsOf(path, result);
        if (errors.length === 0) return next();
        response.writeHead(500, { "content-type": "text/html; charset=utf-8" });
        response.end(errorPage(errors, result, store.root));
      },
      // The check could not run: Astro shows why.
      () => next(),
    );
  };
}

/** The URL path of a page request, as the site's addresses are written (`/talent/`). */
function routeOf(url: string): string | null {
  try {
    const path = decodeURIComponent(new URL(url, "http://localhost").pathname);
    if (/\.[a-z0-9]+$/i.test(path.slice(path.lastIndexOf("/")))) return null;
    return path.endsWith("/") ? path : `${path}/`;
  } catch {
    return null;
  }
}

/** The errors of the files that make the page at `path`: its MDX, or its source's files. */
function errorsOf(path: string, result: CheckResult): Finding[] {
  const errors = result.report.findings.filter((f) => f.severity === "error");
  const pages = [...result.pages.map((p) => p.file), ...result.unparsed];
  const page = pages.find((file) => pageHref(file, file.slice(0, file.indexOf("/"))) === path);
  if (page) return errors.filter((f) => f.file === page);
  const source = [...result.sources.keys()].find((id) => path.startsWith(sourceHref(id)));
  if (source) return errors.filter((f) => f.file.startsWith(`sources/${source}/`));
  return [];
}

/**
 * The answer: the file's report as text (for a client without scripts), and a script that opens
 * Astro's overlay on the first error, with the Vite client that reloads the page on the next save.
 */
function errorPage(errors: Finding[], result: CheckResult, root: string): string {
  const first = errors[0]!;
  const text = result.texts.get(first.file) ?? "";
  const count = errors.filter((f) => f.file === first.file).length;
  const payload = JSON.stringify(overlayError(first, text, root, count)).replace(/</g, "\\u003c");
  const report = FORMATS.stylish(errors, result.texts);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(`${first.code} · ${first.file}:${first.line}:${first.column}`)}</title>
<script type="module">
import { ErrorOverlay } from "/@vite/client";
const overlay = new ErrorOverlay(${payload});
// A finding has no stack trace: the overlay's section for one stays hidden.
const stack = overlay.shadowRoot?.querySelector("#stack");
if (stack) stack.style.display = "none";
document.body.appendChild(overlay);
</script>
</head>
<body>
<pre>${escape(report)}</pre>
</body>
</html>
`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
