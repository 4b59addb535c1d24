/**
 * What `npm run cite` proves of a callout before it offers it: the callout passes the check on a
 * page of its own, but for what the sentence around it must say, which only the contributor's
 * sentence can: what the source's sentence says around the number ("a count a year", "a rise"),
 * and the words that tell it from a like number of that sentence ("granted"). Those are listed
 * with the callout instead of refusing it, so that every number of a passage still gets one.
 */
import { checkPages, newRun } from "../run.ts";
import { claim } from "../checks/claim.ts";
import { numberAmbiguous } from "../checks/number-ambiguous.ts";
import type { Source } from "../sources/model.ts";

export interface Proof {
  /** True when the callout passes but for what its sentence must say. */
  ok: boolean;
  /**
   * What the sentence around it must say ("what the source says: it counts per year", "the words
   * that say which it is (`granted`)").
   */
  sentence: string[];
}

// The checks that read the sentence a callout stands in, not the callout.
const SENTENCE_CODES = new Set([...claim.codes, ...numberAmbiguous.codes]);

/** The proof of `mdx` on a page of its own, against `sources`. */
export function proveSnippet(mdx: string, sources: ReadonlyMap<string, Source>): Proof {
  const page = { path: "snippet.mdx", text: `${mdx}\n` };
  const errors = checkPages([page], sources, newRun()).report.findings.filter(
    (f) => f.severity === "error",
  );
  const sentence = errors.filter((f) => SENTENCE_CODES.has(f.code));
  return {
    ok: sentence.length === errors.length,
    // The message's "expected …", without the source's sentence, which cite prints above.
    sentence: sentence.map((f) =>
      f.message.replace(/^.*?, expected /, "").replace(/ \(`[^`]{60,}`\)$/, ""),
    ),
  };
}
