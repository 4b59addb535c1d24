import { existsSync } from "node:fs";
import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import type { Loader } from "astro/loaders";
import { z } from "astro/zod";
import { parse } from "yaml";
import { correctionSchema } from "./facts/schemas/correction.ts";

const pages = defineCollection({
  loader: glob({ pattern: "**/*.mdx", base: "./content" }),
  schema: z.object({
    title: z.string(),
    description: z.string().optional(),
    /** Position in the navigation; lower first. */
    order: z.number().default(100),
  }),
});

const CORRECTIONS = "content/corrections.yaml";

/**
 * The corrections log, which the facts check validates with the same schema. Read with the
 * `yaml` package, as the check reads it, so that both see the same values (an unquoted date
 * stays a string). A project without a log, or with an empty one, has no correction: the check
 * says so quietly, and so does the site.
 */
const corrections = defineCollection({
  loader: optional(
    CORRECTIONS,
    file(CORRECTIONS, {
      parser: (text) => (parse(text) as Record<string, unknown>[] | null) ?? [],
    }),
  ),
  schema: correctionSchema,
});

/** `loader`, when the file at `path` (from the project's root) exists; no entry otherwise. */
function optional(path: string, loader: Loader): Loader {
  return {
    name: `optional-${loader.name}`,
    load: async (context) => {
      if (existsSync(new URL(path, context.config.root))) await loader.load(context);
    },
  };
}

export const collections = { pages, corrections };
