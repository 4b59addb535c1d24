/** When this build ran: one moment for every page, its footer and its citations. */
export const BUILT = new Date();

/** The site's name, as pages, citations and share cards give it. */
export const SITE_NAME = "Dalian software fact sheet";

/** "1 December 2026", in UTC. */
export function builtOn(date = BUILT): string {
  return date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}
