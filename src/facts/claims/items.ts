/**
 * Which of several like numbers a figure is. Where the source's sentence gives two or more numbers
 * of one kind and unit side by side ("sales revenues of US$4.5 billion and export revenues of
 * US$1.08 billion", "A and B were X and Y respectively"), a figure equal to one of them says
 * nothing true unless the page names what it counts: the words the source gives that number and
 * not the others. This module finds each number's words (its item) and the item the page names.
 */
import { readText, type NumberExpr } from "../numbers/read.ts";
import { sentenceAround, type Span } from "./sentences.ts";
import { countsPlural } from "../numbers/calendar.ts";

export type ItemVerdict =
  | { ok: true }
  /** The page names no item, or another's; `expected` are the matched number's words. */
  | { ok: false; problem: "unnamed" | "other"; expected: string[]; others: string[] };

// Between two parallel numbers: a list separator, and no word of change or comparison (which
// makes them two states of one thing, told apart by the claim check instead).
const SEPARATOR = /,|;|\band\b/g;
const SEPARATES = /,|;|\band\b/;
const NOT_PARALLEL =
  /\b(?:from|to|than|up|down|compared|versus|vs|against|over|since|before|after|until)\b/i;
const LINKING = new Set([
  "were",
  "was",
  "are",
  "is",
  "reached",
  "totalled",
  "totaled",
  "stood",
  "at",
  "of",
  "hit",
  "amounted",
  "came",
]);
const STOP = new Set([
  ...LINKING,
  "the",
  "a",
  "an",
  "in",
  "on",
  "to",
  "for",
  "and",
  "or",
  "by",
  "with",
  "from",
  "be",
  "been",
  "its",
  "it",
  "their",
  "this",
  "that",
  "these",
  "those",
  "as",
  "per",
  "cent",
  "percent",
  "us",
  "billion",
  "million",
  "thousand",
  "respectively",
  "each",
  "both",
  "which",
  "who",
  "according",
  "but",
  "yet",
  "while",
  "whereas",
]);

/**
 * Whether the page, around the figure at `figure` of `pageText`, names the item of the source's
 * number `match` (offsets in `sourceText`) among the like numbers of its sentence. `shown` are
 * the numbers the figure itself shows (a figure that shows them all names them all).
 */
export function itemVerdict(
  pageText: string,
  figure: Span,
  sourceText: string,
  match: NumberExpr,
  shown: readonly NumberExpr[],
): ItemVerdict {
  const sentence = sentenceAround(sourceText, match.start, match.end);
  const numbers = readText(sourceText.slice(sentence.start, sentence.end)).numbers.map((n) => ({
    ...n,
    start: n.start + sentence.start,
    end: n.end + sentence.start,
  }));
  const like = numbers.filter((n) => alike(n, match));
  const at = like.findIndex((n) => n.start === match.start);
  if (at < 0) return { ok: true };
  const group = parallelGroup(sourceText, like, at, numbers);
  if (group.length < 2) return { ok: true };
  // "A and B", "A, B and C", "… respectively": a list whose items the page must name. Numbers that
  // only a comma sets apart ("1000 enterprises, employing 120,000 people") count different things
  // too, but the page may call them in words of its own: it is refused only for standing right
  // beside another's words ("employing 1,000 people").
  const listed = /\b(?:and|or)\b/.test(sourceText.slice(group[0]!.end, group.at(-1)!.start));
  if (group.every((n) => shown.some((s) => alike(s, n) && s.value === n.value)))
    return { ok: true };
  const items = itemsOf(sourceText, sentence, numbers, group);
  const mine = group.findIndex((n) => n.start === match.start);
  const distinct = items.map((item, k) =>
    item.filter((w) => !items.some((other, j) => j !== k && other.some((o) => o.key === w.key))),
  );
  const expected = (distinct[mine] ?? []).map((w) => w.text);
  const others = distinct
    .filter((_, k) => k !== mine)
    .flat()
    .map((w) => w.text);
  // Each item's words on the page, the nearer the figure the more they count.
  const pageSentence = sentenceAround(pageText, figure.start, figure.end);
  const near = nearness(
    pageText,
    ownShare(pageText, pageSentence, figure, match),
    figure,
    listed ? 1 / 4 : 0,
  );
  const scores = distinct.map((item) =>
    [...new Set(item.map((w) => w.key))].reduce((sum, key) => sum + (near.get(key) ?? 0), 0),
  );
  const best = Math.max(...scores);
  if (best === 0)
    return listed ? { ok: false, problem: "unnamed", expected, others } : { ok: true };
  if (scores[mine] === best && scores.filter((s) => s === best).length === 1) return { ok: true };
  return { ok: false, problem: "other", expected, others };
}

/** Same kind and unit: numbers a reader could take for one another. */
function alike(a: NumberExpr, b: NumberExpr): boolean {
  const share = (n: NumberExpr) => n.kind === "percent" || n.kind === "fraction";
  return (a.kind === b.kind && a.unit === b.unit) || (share(a) && share(b));
}

/**
 * The run of like numbers around `like[at]` that stand in a list, not in a change: a separator
 * between each two, no word of change, and no other number but a date.
 */
function parallelGroup(
  text: string,
  like: NumberExpr[],
  at: number,
  numbers: NumberExpr[],
): NumberExpr[] {
  const linked = (k: number) => {
    const [a, b] = [like[k]!, like[k + 1]!];
    const between = text.slice(a.end, b.start);
    const others = numbers.filter((n) => n.start >= a.end && n.end <= b.start);
    return (
      SEPARATES.test(between) &&
      !NOT_PARALLEL.test(between) &&
      others.every((n) => n.kind === "date" || n.kind === "year")
    );
  };
  let first = at;
  while (first > 0 && linked(first - 1)) first--;
  let last = at;
  while (last < like.length - 1 && linked(last)) last++;
  return like.slice(first, last + 1);
}

/**
 * Each number's item, as content words. For a list "X and Y were A and B respectively", the
 * subjects (or the items of an earlier list of as many numbers); otherwise the words between its
 * neighbours, cut at the list separator between them.
 */
function itemsOf(
  text: string,
  sentence: Span,
  numbers: NumberExpr[],
  group: NumberExpr[],
): Word[][] {
  const last = group.at(-1)!;
  const respectively = /^\W*(?:\w+\W+){0,3}?respectively\b/i.test(
    text.slice(last.end, sentence.end),
  );
  if (respectively) {
    const subjects = subjectsOf(text, sentence, numbers, group);
    if (subjects) return subjects;
    const earlier = numbers.filter((n) => n.end <= group[0]!.start && !group.includes(n));
    const list = earlier.slice(-group.length);
    if (list.length === group.length && list.every((n) => !alike(n, group[0]!)))
      return slots(text, sentence, list, numbers);
  }
  return slots(text, sentence, group, numbers);
}

/** "the signed contract value and actual conducted value … were": one subject per number. */
function subjectsOf(
  text: string,
  sentence: Span,
  numbers: NumberExpr[],
  group: NumberExpr[],
): Word[][] | null {
  const previous = numbers.filter((n) => n.end <= group[0]!.start).at(-1);
  const from = Math.max(sentence.start, previous?.end ?? 0);
  const words = text.slice(from, group[0]!.start).trim().split(/\s+/);
  while (words.length > 0 && LINKING.has(words.at(-1)!.toLowerCase())) words.pop();
  const parts = words.join(" ").split(/,\s*(?:and\s+)?|\s+and\s+/);
  if (parts.length !== group.length) return null;
  const items = parts.map(contentWords);
  if (items.some((item) => item.length === 0)) return null;
  // "the signed value and the conducted value of offshore services": the last subject's tail
  // after the shared head word is every subject's.
  const head = items[0]!.at(-1)?.key;
  const last = items.at(-1)!;
  const at = last.findIndex((w) => w.key === head);
  if (head && at >= 0 && items.slice(0, -1).every((item) => item.at(-1)?.key === head))
    items[items.length - 1] = last.slice(0, at + 1);
  return items;
}

/**
 * For each number, the words from its list separator (or the number) before it to its separator
 * after it: "home to nearly 1000 service-outsourcing enterprises" | "employing nearly 120,000
 * people". Words every item shares are no item's own (see `sharedWords`).
 */
function slots(text: string, sentence: Span, list: NumberExpr[], numbers: NumberExpr[]): Word[][] {
  const parts = list.map((n, k) => {
    const previous = numbers.filter((m) => m.end <= n.start).at(-1)?.end ?? sentence.start;
    const before =
      k === 0 ? Math.max(sentence.start, previous) : cut(text, list[k - 1]!.end, n.start);
    const rest = text.slice(n.end, sentence.end);
    const stop = rest.search(SEPARATES);
    const after =
      k === list.length - 1
        ? n.end + (stop < 0 ? rest.length : stop)
        : cut(text, n.end, list[k + 1]!.start);
    return {
      before: contentWords(text.slice(before, n.start)),
      after: contentWords(text.slice(n.end, after)),
      base: baseOf(text.slice(n.end, after)),
      noun: nounOf(text.slice(n.end, after)),
    };
  });
  const shared = sharedWords(parts);
  return parts.map(({ before, after }) => [...before, ...after, ...shared]);
}

/**
 * Words the first item holds for every item of the list, so that they name none: the subject
 * and verb before the list ("the DLSP generated | sales revenues of X and export revenues of Y":
 * the first item's leading words past as many as any other item has before its number), the
 * base of a share that only the first names ("10 per cent of Institute graduates …, but 90 per
 * cent find …": of Institute graduates, both), and the noun that only the first names ("5280
 * invention patents were applied for …, with 1205 granted": invention patents, both).
 */
function sharedWords(parts: Part[]): Word[] {
  const [first, ...rest] = parts;
  if (!first || rest.length === 0) return [];
  const kept = Math.max(1, ...rest.map((p) => p.before.length));
  const subject = first.before.slice(0, Math.max(0, first.before.length - kept));
  const base = rest.every((p) => p.base.length === 0) ? first.base : [];
  const noun = rest.every((p) => p.noun === null) ? (first.noun ?? []) : [];
  return [...subject, ...base, ...noun];
}

interface Part {
  before: Word[];
  after: Word[];
  base: Word[];
  /** The words right after the number up to a function word, when they end in a plural. */
  noun: Word[] | null;
}

/**
 * The noun phrase right after a number, when the words up to the first function word end in a
 * plural ("invention patents were…"); null when the number stands alone ("1205 granted").
 */
function nounOf(after: string): Word[] | null {
  const words: Word[] = [];
  for (const token of after.trim().split(/\s+/).slice(0, 3)) {
    const [word] = contentWords(token);
    if (!word || word.text !== token.toLowerCase()) break;
    words.push(word);
  }
  const last = words.at(-1);
  return last && countsPlural(last.text) ? words : null;
}

/** The words of an `of …` right after a number, up to a function word: "of Institute graduates". */
function baseOf(after: string): Word[] {
  const m = /^\s*of\s+((?:[\p{L}][\p{L}'’-]*\s*){1,3})/u.exec(after);
  if (!m) return [];
  const words: Word[] = [];
  for (const token of m[1]!.trim().split(/\s+/)) {
    const [word] = contentWords(token);
    if (!word) break;
    words.push(word);
  }
  return words;
}

/** Where the separator between two list members ends (the last one, if several). */
function cut(text: string, from: number, to: number): number {
  let at = from;
  for (const m of text.slice(from, to).matchAll(SEPARATOR)) at = from + m.index + m[0].length;
  return at;
}

/**
 * The part of the page sentence that speaks of the figure: between it and a like number on
 * either side, the words nearer the figure ("1,000 firms employing | 120,000 people": a word just
 * before a number is that number's).
 */
function ownShare(text: string, sentence: Span, figure: Span, match: NumberExpr): Span {
  const like = readText(text.slice(sentence.start, sentence.end))
    .numbers.filter((n) => alike(n, match))
    .map((n) => ({ start: n.start + sentence.start, end: n.end + sentence.start }));
  const previous = like.filter((n) => n.end <= figure.start).at(-1);
  const next = like.find((n) => n.start >= figure.end);
  const start = previous ? share(text, previous.end, figure.start, "last") : sentence.start;
  const end = next ? share(text, figure.end, next.start, "first") : sentence.end;
  return { start, end };
}

/**
 * Where the figure's share of the words in `[from, to)` begins or ends: at a list separator if
 * there is one ("sales of X and | exports of Y"), else halfway.
 */
function share(text: string, from: number, to: number, keep: "first" | "last"): number {
  const gap = text.slice(from, to);
  if (keep === "last" && SEPARATES.test(gap)) return cut(text, from, to);
  const first = gap.search(SEPARATES);
  if (keep === "first" && first >= 0) return from + first;
  const words = [...text.slice(from, to).matchAll(/\p{L}+/gu)];
  const kept = keep === "last" ? Math.ceil(words.length / 2) : Math.floor(words.length / 2);
  if (keep === "first") {
    const last = words[kept - 1];
    return last ? from + last.index + last[0].length : from;
  }
  const start = words[words.length - kept];
  return start ? from + start.index : to;
}

/**
 * The page sentence's content words, each weighed by how near the figure it stands: 1 for the
 * nearest on either side (or inside the figure), 1/2 for the next, and so on, and `past` as much
 * past each list separator or bracket ("sales revenues of X and export revenues of Y").
 */
function nearness(text: string, sentence: Span, figure: Span, past: number): Map<string, number> {
  const near = new Map<string, number>();
  const weigh = (piece: string, reverse: boolean) => {
    const tokens = [...piece.toLowerCase().matchAll(/\p{L}+(?:['’-]\p{L}+)*|[,;:()]/gu)].map(
      (m) => m[0],
    );
    if (reverse) tokens.reverse();
    let k = 0;
    let factor = 1;
    for (const token of tokens) {
      if (/^[,;:()]$/.test(token) || token === "and") {
        factor *= past;
        continue;
      }
      const [word] = contentWords(token);
      if (!word) continue;
      k++;
      near.set(word.key, Math.max(near.get(word.key) ?? 0, factor / k));
    }
  };
  weigh(text.slice(figure.start, figure.end), false);
  weigh(text.slice(sentence.start, figure.start), true);
  weigh(text.slice(figure.end, sentence.end), false);
  return near;
}

/** A content word, and its stem, so that "contracts" names "contract". */
interface Word {
  text: string;
  key: string;
}

/** Lower-cased content words. */
function contentWords(text: string): Word[] {
  return [...text.toLowerCase().matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)]
    .map((m) => m[0].replace(/['’]s$/, ""))
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map((w) => ({ text: w, key: stem(w) }));
}

/** A key that "contracts", "contracted" and "contract" share: endings off, six letters kept. */
// Words that name the same step of a process, so that a page may say it in either.
const SAME_STEP: Record<string, string> = {
  filed: "apply",
  filing: "apply",
  submitted: "apply",
  awarded: "grant",
  approved: "grant",
  issued: "grant",
};

function stem(word: string): string {
  const step = SAME_STEP[word];
  if (step) return step;
  // "applied", "applications" and "apply" share "apply".
  const bare = word
    .replace(/ications?$/, "y")
    .replace(/(?:ies|ied|es|s|ing|ed)$/, (ending) =>
      ending === "ies" || ending === "ied" ? "y" : "",
    );
  return (bare.length >= 3 ? bare : word).slice(0, 6);
}
