/**
 * The key figures a page opens with. The home page's are its cards: the callouts with a
 * `glance-…` id that open their list item. A topic page opens with the cards it restates: its
 * first callout that gives a card's figure from the same passage of the same source, in the cards'
 * order, at most a row of them. Derived from the pages as written, so that no page needs a list
 * of its own to keep in step.
 */
import type { FactData, NumberData } from "./site-data.ts";

/** Fact ids by page path. */
export type KeyFigures = Record<string, string[]>;

const HOME = "/";
const CARD = /^glance-/;
/** One row of cards at the widest layout. */
const ROW = 4;

function sameNumber(a: NumberData, b: NumberData): boolean {
  return a.value === b.value && a.to === b.to && a.kind === b.kind && a.unit === b.unit;
}

/** `fact` gives `card`'s figure: the same lead number, from a passage that overlaps the card's. */
function restates(fact: FactData, card: FactData): boolean {
  const [lead] = fact.numbers;
  const [cardLead] = card.numbers;
  if (!lead || !cardLead || fact.source !== card.source) return false;
  const p = fact.passage;
  const q = card.passage;
  return (
    p.anchor === q.anchor &&
    p.start < q.end &&
    q.start < p.end &&
    sameNumber(lead, cardLead) &&
    fact.numbers.every((n) => card.numbers.some((m) => sameNumber(n, m)))
  );
}

export function keyFigures(facts: readonly FactData[]): KeyFigures {
  const cards = facts.filter(
    (f) => f.page === HOME && CARD.test(f.id) && f.opensBlock && f.numbers.length > 0,
  );
  const out: KeyFigures = { [HOME]: cards.map((c) => c.id) };
  const pages = new Map<string, FactData[]>();
  for (const f of facts) if (f.page !== HOME) pages.set(f.page, [...(pages.get(f.page) ?? []), f]);
  for (const [page, here] of pages) {
    const ids: string[] = [];
    for (const card of cards) {
      const fact = here.find((f) => !ids.includes(f.id) && restates(f, card));
      if (fact) ids.push(fact.id);
      if (ids.length === ROW) break;
    }
    if (ids.length > 0) out[page] = ids;
  }
  return out;
}
