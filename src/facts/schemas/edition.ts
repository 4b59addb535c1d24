/** Block kinds of a reading edition, and which of them are reading text. */
export const BLOCK_KINDS = [
  "headline",
  "standfirst",
  "byline",
  "dateline",
  "paragraph",
  "sidebar-title",
  "sidebar",
  "pullquote",
  "caption",
  "placeholder",
  "layout-note",
] as const;

export type BlockKind = (typeof BLOCK_KINDS)[number];

/** Kept apart from the reading text and listed; their numbers are not claims of the source. */
export const NOT_CONTENT: ReadonlySet<BlockKind> = new Set(["placeholder", "layout-note"]);
