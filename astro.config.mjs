// @ts-check
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import remarkGfm from "remark-gfm";
import { facts } from "./src/integration/index.ts";
import { remarkFacts } from "./src/integration/remark-facts.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  // Per project root, not in node_modules: test copies and worktrees share node_modules, and
  // Astro keeps its content store in the cache directory.
  cacheDir: "./.astro/cache",
  // Smart punctuation off: a figure is published exactly as written and checked.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm, [remarkFacts, { root }]], gfm: false, smartypants: false }) },
  integrations: [mdx(), facts()],
  // A strict Content-Security-Policy in a <meta> of every page: Astro hashes the styles and scripts it
  // emits; nothing inline is allowed otherwise (no 'unsafe-inline'), and nothing from another host.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
