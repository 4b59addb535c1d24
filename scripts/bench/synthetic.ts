/**
 * Synthetic project for the benchmark: pure (seed in, files out), so every
 * run measures the same bytes. Sources are ~100 kB articles whose every
 * numbered sentence holds a unique made-up name, so that each can be quoted
 * exactly once; pages cite them with figures the engine must accept.
 */
import { createHash } from "node:crypto";

export interface SyntheticFile {
  /** Path relative to the project root, with `/`. */
  path: string;
  text: string;
}

export interface SyntheticOptions {
  seed: number;
  /** Number of sources (default 100). */
  sources?: number;
  /**
   * Numbered sentences per source; it bounds how many facts can cite a source uniquely (default
   * 1000).
   */
  sentencesPerSource?: number;
  /**
   * Minimum raw.txt size in bytes; number-free paragraphs pad a source up to it (default 100,000).
   */
  minRawBytes?: number;
  /** Facts per page (default 10). */
  factsPerPage?: number;
  /** Give every `<Fact>` an explicit `id` (the Astro build without the facts plugins needs one). */
  explicitIds?: boolean;
}

/** One quotable sentence of a source: what a page needs to cite it. */
export interface Citable {
  sourceId: string;
  /** The quote as an author would type it (straight apostrophes). */
  quote: string;
  /** Figures that say what the quote says, in the forms the README allows. */
  figures: string[];
  kind: "money" | "percent" | "cardinal" | "year" | "date";
}

export interface SyntheticSources {
  files: SyntheticFile[];
  ids: string[];
  /** `citables[s][n]`: numbered sentence n of source s. */
  citables: Citable[][];
  rawBytes: number[];
}

/** mulberry32: tiny, fast and good enough for test data; never Math.random, so runs repeat. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;

// Consonant-vowel syllables: made-up names that cannot spell a number word, month or qualifier.
const CONSONANTS = "bdfgklmnprstvz";
const VOWELS = "aeiou";
const SYLLABLES = [...CONSONANTS].flatMap((c) => [...VOWELS].map((v) => c + v));
const NAME_SPACE = SYLLABLES.length ** 4;

/**
 * A unique capitalised name for index i: a bijection (odd multiplier coprime to 70^4), so no two
 * sentences share one.
 */
export function uniqueName(i: number, seed: number): string {
  let x = (((i * 7919 + (seed % 9973)) % NAME_SPACE) + NAME_SPACE) % NAME_SPACE;
  let out = "";
  for (let k = 0; k < 4; k++) {
    out += SYLLABLES[x % SYLLABLES.length];
    x = Math.floor(x / SYLLABLES.length);
  }
  return out[0]!.toUpperCase() + out.slice(1);
}

const commas = (n: number) => n.toLocaleString("en-US");

interface NumberPick {
  source: string;
  figures: string[];
}

function money(rng: Rng): NumberPick {
  switch (int(rng, 0, 2)) {
    case 0: {
      const tenths = int(rng, 10, 999);
      const v = tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
      return {
        source: `US$${v} billion`,
        figures: [`US$${v} billion`, `US$${v}bn`, `US$${commas(tenths * 100)} million`],
      };
    }
    case 1: {
      const m = int(rng, 100, 999);
      return { source: `US$${m} million`, figures: [`US$${m} million`, `US$${m}m`, `US$${m}mn`] };
    }
    default: {
      const b = int(rng, 5, 400);
      return {
        source: `${b} billion renminbi`,
        figures: [`${b} billion renminbi`, `RMB ${b} billion`, `RMB ${b}bn`],
      };
    }
  }
}

function percent(rng: Rng): NumberPick {
  const p = int(rng, 1, 95) + (rng() < 0.25 ? 0.5 : 0);
  return { source: `${p} per cent`, figures: [`${p} per cent`, `${p}%`, `${p} percent`] };
}

// Source qualifier -> callout qualifiers that say no more (README: the same or a weaker one).
const QUALIFIED: readonly [string, readonly string[]][] = [
  ["nearly", ["nearly", "about", "under", "almost"]],
  ["more than", ["more than", "over"]],
  ["some", ["some", "about", "around"]],
  ["over", ["over", "more than"]],
  ["", [""]],
];

function cardinal(rng: Rng): NumberPick {
  const n = rng() < 0.3 ? int(rng, 12, 99) * 10 : int(rng, 100, 9900) * 10;
  const [q, weaker] = pick(rng, QUALIFIED);
  const lead = (w: string) => (w ? `${w} ` : "");
  const forms = n >= 1000 ? [commas(n), String(n)] : [String(n)];
  // A bare unqualified 1600-2099 reads as a year (README), so such a figure keeps its comma.
  const readsAsYear = (w: string, f: string) =>
    w === "" && /^\d{4}$/.test(f) && n >= 1600 && n <= 2099;
  const figures = weaker.flatMap((w) =>
    forms.filter((f) => !readsAsYear(w, f)).map((f) => `${lead(w)}${f}`),
  );
  return { source: `${lead(q)}${commas(n)}`, figures };
}

function year(rng: Rng): NumberPick {
  const y = String(int(rng, 1985, 2019));
  return { source: y, figures: [y] };
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
function date(rng: Rng): NumberPick {
  const d = `${pick(rng, MONTH_NAMES)} ${int(rng, 1990, 2019)}`;
  return { source: d, figures: [d, d.split(" ")[1]!] };
}

// Core clauses: what a page quotes. `{T}` is the sentence's unique name, `{N}` its number.
const CORES: Record<Citable["kind"], { pick: (rng: Rng) => NumberPick; templates: string[] }> = {
  money: {
    pick: money,
    templates: [
      "the {T} group realised revenues of {N} last year",
      "{T} Holdings signed contracts worth {N} with overseas clients",
      "the {T} park attracted investment of {N} from abroad",
      "{T}’s export earnings reached {N} in the latest fiscal period",
    ],
  },
  percent: {
    pick: percent,
    templates: [
      "sales at {T} rose {N} on the previous period",
      "{T}’s share of the regional market climbed to {N}",
      "the {T} cluster cut its operating costs by {N} after the merger",
    ],
  },
  cardinal: {
    pick: cardinal,
    templates: [
      "{T} employs {N} engineers at its waterfront campus",
      "the {T} academy trains {N} students in software skills",
      "the {T} district now hosts {N} software companies",
      "the {T} registry counted {N} patent applications",
    ],
  },
  year: {
    pick: year,
    templates: [
      "{T} opened its office beside the harbour in {N}",
      "the {T} partnership with Japanese clients began in {N}",
    ],
  },
  date: {
    pick: date,
    templates: [
      "the {T} zone was approved by the State Council in {N}",
      "{T} moved into its new tower in {N}",
    ],
  },
};
const KINDS: readonly Citable["kind"][] = [
  "money",
  "money",
  "percent",
  "percent",
  "cardinal",
  "cardinal",
  "cardinal",
  "year",
  "date",
];

const LEADS = [
  "",
  "",
  "According to the city’s trade bureau, ",
  "In a statement, ",
  "Officials said that ",
  "Analysts noted that ",
  "By its own account, ",
];
const TAILS = [
  "",
  "",
  ", officials said",
  ", according to the bureau",
  ", a result that surprised rivals",
  ", as planners had hoped",
  " despite a difficult market",
];
const FILLERS = [
  "The {T} district is known for its parks, its seafood and its trams.",
  "Managers at {T} describe a steady flow of graduates from local universities.",
  "Visitors to {T} remark on the clean streets and the sea air.",
  "The {T} consultancy says its clients value stability above all.",
  "Engineers at {T} prefer the quieter suburbs to the city centre.",
];

const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * Greedy wrap at spaces, like a print layout: words stay whole, so the edition keeps every word.
 */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function sourceId(s: number): string {
  return `syn-${String(s + 1).padStart(3, "0")}`;
}

/**
 * The sources: raw.txt, edition.txt (one block per paragraph, no changes) and source.yaml with the
 * real sha256.
 */
export function generateSources(opts: SyntheticOptions): SyntheticSources {
  const count = opts.sources ?? 100;
  const perSource = opts.sentencesPerSource ?? 1000;
  const minBytes = opts.minRawBytes ?? 100_000;
  const files: SyntheticFile[] = [];
  const citables: Citable[][] = [];
  const rawBytes: number[] = [];
  const ids: string[] = [];
  for (let s = 0; s < count; s++) {
    // One stream per source, so a source does not change when the count does.
    const rng = mulberry32((opts.seed ^ Math.imul(s + 1, 0x9e3779b9)) >>> 0);
    const id = sourceId(s);
    ids.push(id);
    const mine: Citable[] = [];
    let fillerIndex = 0;
    const filler = () =>
      pick(rng, FILLERS).replace(
        "{T}",
        uniqueName(2_000_000 + s * 10_000 + fillerIndex++, opts.seed),
      );
    const numbered = (): string => {
      const kind = pick(rng, KINDS);
      const core = CORES[kind];
      const n = core.pick(rng);
      const name = uniqueName(s * perSource + mine.length, opts.seed);
      const lead = pick(rng, LEADS);
      let clause = pick(rng, core.templates).replace("{T}", name).replace("{N}", n.source);
      if (!lead) clause = capitalise(clause);
      mine.push({ sourceId: id, quote: clause.replaceAll("’", "'"), figures: n.figures, kind });
      return `${lead}${clause}${pick(rng, TAILS)}.`;
    };

    const paragraphs: string[] = [];
    let bytes = 0;
    while (mine.length < perSource || bytes < minBytes) {
      const sentences: string[] = [];
      if (mine.length < perSource) {
        const n = Math.min(int(rng, 4, 8), perSource - mine.length);
        for (let k = 0; k < n; k++) sentences.push(numbered());
        for (let k = int(rng, 0, 1); k > 0; k--)
          sentences.splice(int(rng, 0, sentences.length), 0, filler());
      } else {
        for (let k = int(rng, 4, 8); k > 0; k--) sentences.push(filler());
      }
      const paragraph = sentences.join(" ");
      paragraphs.push(paragraph);
      bytes += Buffer.byteLength(paragraph) + 1;
    }

    const title = `Synthetic source ${uniqueName(3_000_000 + s, opts.seed)}`;
    const rawLines = [title];
    const editionParts = [`@@ headline headline 1\n${title}\n`];
    paragraphs.forEach((p, k) => {
      const lines = wrap(p, 72);
      const from = rawLines.length + 1;
      rawLines.push(...lines);
      // The edition block lists its raw lines and holds the same words on one line: no changes to
      // declare.
      editionParts.push(
        `@@ p${String(k + 1).padStart(4, "0")} paragraph ${from}-${rawLines.length}\n${p}\n`,
      );
    });
    const raw = `${rawLines.join("\n")}\n`;
    const sha256 = createHash("sha256").update(raw, "utf8").digest("hex");
    const yaml = [
      `id: ${id}`,
      `title: "${title}"`,
      `author: "${uniqueName(4_000_000 + s, opts.seed)} ${uniqueName(5_000_000 + s, opts.seed)}"`,
      "publisher:",
      '  name: "Synthetic Press"',
      '  attribution: "Generated by the benchmark from a fixed seed."',
      'published: "2017-07-16"',
      "dating: null",
      "language: en",
      'url: ""',
      "raw:",
      "  file: raw.txt",
      `  sha256: ${sha256}`,
      "changes: []",
      "",
    ].join("\n");
    files.push({ path: `sources/${id}/raw.txt`, text: raw });
    files.push({ path: `sources/${id}/edition.txt`, text: editionParts.join("\n") });
    files.push({ path: `sources/${id}/source.yaml`, text: yaml });
    citables.push(mine);
    rawBytes.push(Buffer.byteLength(raw));
  }
  return { files, ids, citables, rawBytes };
}

const PAGE_PROSE = [
  "This page gathers figures on the outsourcing trade, each quoted from its source.",
  "The companies named here are fictional; the figures are checked all the same.",
  "Readers can open each figure to see the passage it comes from.",
  "Local planners follow these numbers closely when they set their budgets.",
];
const ITEM_LEADS = [
  "The record gives",
  "The source reports",
  "Its filing states",
  "The bureau puts it at",
];
const ITEM_TAILS = [
  "for this line of business.",
  "in the period covered.",
  "according to the article.",
  "as the source says.",
];

/**
 * Pages `from` to `to - 1`. Page p holds facts p*F .. p*F+F-1; fact k cites
 * source k mod S, so a prefix of pages is the smaller project and the 100k
 * run reuses the 10k pages. Each (source, sentence) pair is cited at most once.
 */
export function generatePages(
  opts: SyntheticOptions,
  sources: SyntheticSources,
  from: number,
  to: number,
): SyntheticFile[] {
  const perPage = opts.factsPerPage ?? 10;
  const S = sources.citables.length;
  const perSource = sources.citables[0]?.length ?? 0;
  const files: SyntheticFile[] = [];
  let spread = 337;
  while (perSource > 1 && gcd(spread, perSource) !== 1) spread++;
  for (let p = from; p < to; p++) {
    const rng = mulberry32((opts.seed ^ Math.imul(p + 1, 0x85ebca6b)) >>> 0);
    const lines: string[] = [
      "---",
      `title: Synthetic page ${uniqueName(6_000_000 + p, opts.seed)}`,
      "description: Figures generated for the benchmark.",
      "---",
      "",
    ];
    lines.push(pick(rng, PAGE_PROSE), "");
    for (let j = 0; j < perPage; j++) {
      const k = p * perPage + j;
      const round = Math.floor(k / S);
      if (round >= perSource)
        throw new Error(
          `fact ${k} needs sentence ${round} of a source, which has ${perSource}: generate more sentences per source`,
        );
      // Spread consecutive rounds over the whole source, not its first paragraphs: a multiplier
      // coprime with the sentence count is a bijection, so each sentence is still cited at most
      // once.
      const n = (round * spread + (k % S) * 17) % perSource;
      const c = sources.citables[k % S]![n]!;
      if (j === 0 || j === Math.ceil(perPage / 2))
        lines.push(
          `## ${pick(rng, ["Markets", "Revenue", "Talent", "History"])} at ${uniqueName(7_000_000 + k, opts.seed)}`,
          "",
        );
      const id = opts.explicitIds ? ` id="f${p}-${j}"` : "";
      const fact = `<Fact source="${c.sourceId}" quote="${c.quote}"${id}>${pick(rng, c.figures)}</Fact>`;
      lines.push(`- ${pick(rng, ITEM_LEADS)} ${fact} ${pick(rng, ITEM_TAILS)}`);
      if (j === perPage - 1 || j === Math.ceil(perPage / 2) - 1)
        lines.push("", pick(rng, PAGE_PROSE), "");
    }
    const section = String(Math.floor(p / 100)).padStart(3, "0");
    files.push({
      path: `content/sec-${section}/page-${String(p).padStart(5, "0")}.mdx`,
      text: lines.join("\n"),
    });
  }
  return files;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
