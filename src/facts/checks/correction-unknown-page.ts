/**
 * Each correction names a page that exists: the page carries the note that links to its entry,
 * and a reader of the log can open what was corrected.
 */
import { nearest } from "../suggest.ts";
import type { CorrectionCheck } from "./types.ts";

export const correctionUnknownPage: CorrectionCheck = {
  codes: ["correction-unknown-page"],
  check({ file, entries }, pages, ctx) {
    for (const { correction, fields } of entries) {
      if (pages.includes(correction.page)) continue;
      // Only a near name is offered: a removed page's log entry has no right one to suggest.
      const suggestion = nearest(correction.page, pages);
      ctx.report({
        code: "correction-unknown-page",
        file,
        offset: fields.page.start,
        endOffset: fields.page.end,
        message:
          `Unexpected page \`${correction.page}\` in correction \`${correction.id}\`, ` +
          `expected the file of a page of the site, such as ` +
          `${suggestion ? `\`${suggestion}\`` : "`content/index.mdx`"}`,
        hint:
          (suggestion ? `Did you mean \`${suggestion}\`? ` : "") +
          "A correction names the file of the page it corrects, relative to the project's root. " +
          "If the page was renamed, name it as it is now.",
        expected: [...pages],
        actual: correction.page,
      });
    }
  },
};
