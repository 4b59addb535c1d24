/** The attributes of a `<Fact>` callout, shared by the extractor and the component. */
import { z } from "zod";

export const FACT_ATTRIBUTES = ["source", "quote", "prefix", "suffix", "id", "round"] as const;

export const factAttributesSchema = z.strictObject({
  source: z.string().min(1, "a source id, such as `great-leap-forward`"),
  quote: z
    .string()
    .refine((q) => q.trim() !== "", "the exact words of the source that hold the figure"),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  id: z
    .string()
    .regex(/^[A-Za-z][\w-]*$/, "starts with a letter; letters, digits, `-` and `_`")
    .optional(),
  // A power of ten: the precision of a rounded figure, never a way to make any value match.
  round: z
    .string()
    .regex(/^(?:10*|0\.0*1)$/, "a power of ten such as `0.1`, `1` or `1000`")
    .optional(),
});

export type FactAttributes = z.infer<typeof factAttributesSchema>;
