/** The shape of `sources/<id>/source.yaml`: one truth for the loader, the checks and the site. */
import { z } from "zod";

export const CHANGE_KINDS = {
  join: "a word split across a line break is rejoined",
  hyphen: "a hyphen lost in extraction is restored",
  typo: "a misprint in the running text is corrected",
  space: "a stray space is removed",
  mark: "a print mark that is not a word is removed",
} as const;

export const changeSchema = z.strictObject({
  line: z
    .number("the raw line number where the change starts")
    .int("a whole line number")
    .positive("a line number from 1"),
  kind: z.enum(
    Object.keys(CHANGE_KINDS) as [keyof typeof CHANGE_KINDS, ...(keyof typeof CHANGE_KINDS)[]],
  ),
  raw: z.string().min(1, "the raw text exactly as in raw.txt (\\n for a line break)"),
  edition: z.string('the edition\'s text exactly as in edition.txt ("" for a removed mark)'),
  why: z.string().min(1, "in words, why the change was made"),
});

const URL_EXPECTED =
  '`""` while no address is known, or a real http(s) address (never an invented one)';

export const sourceMetaSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a slug: lower-case words joined by hyphens"),
    title: z.string().min(1, "the title as printed"),
    author: z.string().min(1, "the author as printed, or null where none is named").nullable(),
    publisher: z.strictObject({
      name: z.string().min(1, "the publisher, or null where none is known").nullable(),
      attribution: z
        .string()
        .min(1, "in words, how the publisher was (or could not be) attributed"),
    }),
    published: z.iso.date("an ISO date `YYYY-MM-DD`, or null where none is printed").nullable(),
    dating: z
      .string()
      .min(
        1,
        "in words, the evidence for when the source was written (null where `published` is printed)",
      )
      .nullable(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, "a BCP 47 language tag such as `en`"),
    url: z.union(
      [
        z.literal("", { error: URL_EXPECTED }),
        z.url({ protocol: /^https?$/, error: URL_EXPECTED }),
      ],
      { error: URL_EXPECTED },
    ),
    raw: z.strictObject({
      file: z.string().min(1, "`raw.txt`"),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, "the raw file's sha256: 64 lower-case hex digits"),
    }),
    changes: z.array(changeSchema).default([]),
  })
  .refine((m) => m.published !== null || m.dating !== null, {
    message:
      "Expected `dating` to explain when the source was written, because `published` is null",
    path: ["dating"],
  });

export type SourceMeta = z.infer<typeof sourceMetaSchema>;
export type Change = z.infer<typeof changeSchema>;
export type ChangeKind = keyof typeof CHANGE_KINDS;
