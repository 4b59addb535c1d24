/** The words of a share card, from the same data as the figure's page. */
import type { CardText } from "./card.ts";
import { SITE_NAME } from "./build-info.ts";
import { displayDate } from "./links.ts";
import type { FactData, SourceData } from "./site-data.ts";

/** "GreatLeapForward.com · Daniel Allen · undated": title, author and publisher where printed, date. */
export function sourceLine(meta: SourceData["meta"]): string {
  return [meta.title, meta.author, meta.publisher.name, displayDate(meta.published)]
    .filter(Boolean)
    .join(" · ");
}

export function factCard(fact: FactData, source: SourceData): CardText {
  return {
    kicker: `${SITE_NAME} · sourced figure`,
    figure: fact.text,
    quote: fact.quote,
    source: sourceLine(source.meta),
  };
}

/** The site's own card, for pages without a figure of their own. */
export function siteCard(): CardText {
  return {
    kicker: SITE_NAME,
    figure: "Dalian's software industry, figure by figure",
    quote: null,
    source: "Every figure checked against the words of its source when the site was built",
  };
}
