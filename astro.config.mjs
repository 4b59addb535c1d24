// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { unified } from "@astrojs/markdown-remark";
import remarkGfm from "remark-gfm";
import { facts } from "./src/integration/index.ts";
import { search } from "./src/integration/search.ts";

// One check of the project, shared by the integration and its remark plugin.
const factsCheck = facts();

export default defineConfig({
  // Absolute URLs (sitemap, annotations, JSON-LD) need the site's address; no domain is known, so the local preview's.
  site: process.env.SITE_URL || "http://localhost:4321",
  // Per project root, not in node_modules: test copies and worktrees share node_modules, and
  // Astro keeps its content store in the cache directory.
  cacheDir: "./.astro/cache",
  // Smart punctuation off: a figure is published exactly as written and checked.
  // No syntax highlighting: no page shows code, and Shiki's inline styles break the strict CSP below.
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [remarkGfm, factsCheck.remarkPlugin],
      gfm: false,
      smartypants: false,
    }),
  },
  integrations: [mdx(), factsCheck, sitemap(), search()],
  // A strict Content-Security-Policy in a <meta> of every page: Astro hashes the styles and scripts it
  // emits; nothing inline is allowed otherwise (no 'unsafe-inline'), and nothing from another host.
  // Scripts are our own files; Pagefind's search runs WebAssembly ('wasm-unsafe-eval').
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
