/**
 * Every link of a page's prose leads somewhere the site has: a page, a source's page, a file, and,
 * after `#`, an element of that page (a heading, a callout, a block of a source, a cited passage).
 */
import { linkTarget } from "../links/target.ts";
import { didYouMean } from "../suggest.ts";
import type { SiteCheck } from "./types.ts";

export const linkTargetNotFound: SiteCheck = {
  codes: ["link-target-not-found"],
  check({ file, extracted }, routes, ctx) {
    for (const link of extracted.links) {
      const target = linkTarget(link.url, file);
      if (!target) continue;
      const at = {
        code: "link-target-not-found",
        file,
        offset: link.offset,
        endOffset: link.endOffset,
      };
      const route = routes.get(target.path);
      const shown = target.path === link.url.replace(/[?#].*$/, "") ? "" : ` (\`${target.path}\`)`;
      if (!route) {
        const near = didYouMean(target.path, routes.keys());
        ctx.report({
          ...at,
          message:
            `Unexpected link to \`${link.url}\`${shown}, expected an address the site ` +
            `publishes: a page of \`content/\`, a source's page \`/sources/<id>/\` or a file it builds`,
          hint:
            near ||
            "No page has this address: was it removed or renamed? Link to a page that exists, or " +
              "take the link out.",
        });
        continue;
      }
      if (target.id === null || route.ids === null || route.ids.has(target.id)) continue;
      const near = didYouMean(target.id, route.ids);
      const base = link.url.slice(0, link.url.indexOf("#"));
      ctx.report({
        ...at,
        message: `Unexpected \`#${target.id}\` on \`${target.path}\`, expected ${route.idsAre}`,
        hint: near
          ? near.replace(/`([^`]*)`/, (_, id: string) => `\`${base}#${id}\``)
          : "Link to the page without `#…`, or to an id it has: a heading's slug, a callout's " +
            "`id`, a block anchor of a source (`#p05`).",
      });
    }
  },
};
