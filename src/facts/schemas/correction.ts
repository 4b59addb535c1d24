/**
 * One entry of the corrections log (`content/corrections.yaml`): one truth for the engine's check
 * and the site's `corrections` collection.
 */
import { z } from "zod";

export const CORRECTION_KINDS = {
  error: "the page said something its source does not say",
  clarification: "the page said more, or less, than its source, or left its reader to guess",
} as const;

export type CorrectionKind = keyof typeof CORRECTION_KINDS;

const SLUG = "a slug: lower-case words joined by hyphens";
// The `yaml` parser reads an unquoted date as a string, as the site's collection does too.
const DATE = "the day the page was corrected, as an ISO date `YYYY-MM-DD`";
const PAGE = "the corrected page's file, such as `content/talent.mdx`";

/** Words that must be there: one message whether they are missing, empty or not a string. */
function words(what: string) {
  return z.string(what).trim().min(1, what);
}

export const correctionSchema = z.strictObject({
  // The entry's anchor on /corrections/; once published, never renamed.
  id: z.string(SLUG).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, SLUG),
  date: z.iso.date(DATE),
  page: z.string(PAGE).regex(/^\S+\.mdx$/, PAGE),
  kind: z.enum(
    Object.keys(CORRECTION_KINDS) as [CorrectionKind, ...CorrectionKind[]],
    "`error` or `clarification`",
  ),
  said: words("the page's words before the correction, as readers saw them"),
  says: words("the page's words after the correction, as readers see them"),
  why: words("in words, why the page was corrected, with the source's words"),
});

export type Correction = z.infer<typeof correctionSchema>;
