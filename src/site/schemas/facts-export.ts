/**
 * The shape of `facts.json`: one truth for the rows the site writes (their TypeScript types) and
 * for the JSON Schema it publishes at `/facts.schema.json`.
 */
import { z } from "zod";
import type { NumberKind } from "../../facts/index.ts";

const KINDS = [
  "cardinal",
  "ordinal",
  "percent",
  "year",
  "fraction",
  "multiple",
  "money",
  "date",
  "time",
] as const satisfies readonly NumberKind[];

const path = z.string().regex(/^\//).meta({ description: "A URL path on this site." });

export const numberSchema = z
  .strictObject({
    text: z.string().meta({ description: "The number as the figure writes it, hedge included." }),
    value: z.number().meta({
      description:
        "In plain units: `US$21.7 billion` is 21700000000, `41%` is 41, `one quarter` 0.25; " +
        "a range's low end; a time in minutes after midnight.",
    }),
    to: z.number().nullable().meta({ description: "A range's high end; otherwise null." }),
    unit: z.string().nullable().meta({
      description: "A currency (`USD`, `CNY`) or unit (`%`, `years`, `km²`), or null.",
    }),
    kind: z.enum(KINDS),
    qualifier: z.string().nullable().meta({
      description: "The hedge as written, lower-cased (`nearly`, `more than`), or null.",
    }),
    roundedFrom: z.string().nullable().meta({
      description: "The source's own number, where the figure rounds it as `round` declares.",
    }),
  })
  .meta({ description: "One number of the figure, as the build's check read it." });

const common = {
  id: z.string().meta({ description: "The figure's id on its page: `page#id` is its permalink." }),
  page: path.meta({ description: "The URL path of the page that shows it." }),
  text: z.string().meta({ description: "The figure as shown." }),
  round: z.number().positive().nullable().meta({
    description: "The declared rounding step (a power of ten, `0.1`), or null.",
  }),
  numbers: z.array(numberSchema),
};

export const factEntrySchema = z
  .strictObject({
    type: z.literal("fact"),
    ...common,
    source: z.string().meta({ description: "The source's id; its page is `/sources/<id>/`." }),
    sourceTitle: z.string().meta({ description: "The source's title as printed." }),
    sourceDate: z.iso
      .date()
      .nullable()
      .meta({ description: "The source's publication date, or null where none is printed." }),
    quote: z.string().meta({ description: "The words of the source that hold the figure." }),
    href: path.meta({ description: "The passage, highlighted on the source's page." }),
  })
  .meta({ description: "A figure quoted from a source." });

export const derivedEntrySchema = z
  .strictObject({
    type: z.literal("derived"),
    ...common,
    formula: z.string().meta({ description: "The formula, over the ids of the inputs." }),
    result: z.number().meta({
      description: "What the formula computes, unrounded, in plain units (a share of 24% is 0.24).",
    }),
    inputs: z.array(
      z.strictObject({
        id: z.string().meta({ description: "The callout's id, as the formula names it." }),
        href: z.string().meta({ description: "`page#id` of the callout." }),
        text: z.string().meta({ description: "The callout's figure as shown." }),
        value: z.number().meta({
          description: "The value the formula used: the source's, where the callout rounds it.",
        }),
      }),
    ),
  })
  .meta({
    description: "A figure this site computed from quoted ones; the sources do not state it.",
  });

export const factsExportSchema = z
  .array(z.discriminatedUnion("type", [factEntrySchema, derivedEntrySchema]))
  .meta({
    title: "Facts of the Dalian software fact sheet",
    description:
      "Every figure of the site, each checked against its source when the site was built.",
  });

export type NumberEntry = z.infer<typeof numberSchema>;
export type FactEntry = z.infer<typeof factEntrySchema>;
export type DerivedEntry = z.infer<typeof derivedEntrySchema>;
export type FactsExport = z.infer<typeof factsExportSchema>;

/** The JSON Schema (draft 2020-12) of facts.json, at `id`. */
export function factsJsonSchema(id: string): Record<string, unknown> {
  return { ...z.toJSONSchema(factsExportSchema, { target: "draft-2020-12" }), $id: id };
}
