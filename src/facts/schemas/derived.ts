/** The attributes of a `<Derived>` figure, shared by the extractor, the check and the component. */
import { z } from "zod";
import { factAttributesSchema } from "./fact.ts";

export const DERIVED_ATTRIBUTES = ["formula", "round", "id"] as const;

export const derivedAttributesSchema = z.strictObject({
  formula: z
    .string()
    .refine(
      (f) => f.trim() !== "",
      "a formula over fact ids, such as `revenue-last-year / revenue-2010`",
    ),
  // The same rules as a callout's: one truth for what a rounding step and an id look like.
  round: factAttributesSchema.shape.round,
  id: factAttributesSchema.shape.id,
});

export type DerivedAttributes = z.infer<typeof derivedAttributesSchema>;
