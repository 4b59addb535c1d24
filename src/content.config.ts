import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

const pages = defineCollection({
  loader: glob({ pattern: "**/*.mdx", base: "./content" }),
  schema: z.object({
    title: z.string(),
    description: z.string().optional(),
    /** Position in the navigation; lower first. */
    order: z.number().default(100),
  }),
});

export const collections = { pages };
