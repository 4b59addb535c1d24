/** The attributes of a `<Fact>` callout, shared by the extractor and the component. */
import { z } from "zod";

export const FACT_ATTRIBUTES = ["source", "quote", "prefix", "suffix", "id", "round"] as const;

export const factAttributesSchema = z.strictObject({
  source: z.string().min(1, "a source id, such as `great-leap-forward`"),
  quote: z.string().refine((q) => q.trim() !== "", "the exact words of the source that hold the figure"),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  id: z.string().regex(/^[A-Za-z][\w-]*$/, "starts with a letter; letters, digits, `-` and `_`").optional(),
  round: z
    .string()
    .regex(/^(?:\d+|\d*\.\d+)$/, "a positive step such as `0.1` or `1`")
    .refine((r) => Number(r) > 0, "a positive step such as `0.1` or `1`")
    .optional(),
});

export type FactAttributes = z.infer<typeof factAttributesSchema>;
