/**
 * The checks, case by case: each folder of `tests/fixtures/` is a tiny project
 * (`content/page.mdx`, `sources/<id>/…`) whose name says what the check must
 * report, and whose `expected.json` holds exactly the findings a user should
 * see. `UPDATE=1 npx vitest run tests/checks.test.ts` rewrites expected.json
 * from what the engine reports (deliberately, and loudly); the table of codes
 * below is not regenerated, so a regeneration cannot quietly change what a
 * fixture proves. Every expected.json was read and judged by hand.
 * `SHOW_KNOWN_BUGS=1` runs the known-bug fixtures as plain tests, to see what differs.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkProject, loadProject } from "../src/facts/index.ts";
import type { Finding } from "../src/facts/index.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");
const UPDATE = process.env.UPDATE === "1";

/**
 * What each fixture proves: the exact set of finding codes its name promises (empty: the project
 * is clean).
 */
const CODES: Record<string, string[]> = {
  "clean-page-with-every-kind-of-figure": [],
  "clean-facts-with-distinct-ids": [],
  "clean-ambiguous-quote-pinned-by-prefix-or-suffix": [],
  "clean-qualifier-kept-or-weakened": [],
  "clean-declared-rounding": [],
  "clean-number-opted-out-with-a-reason": [],
  "clean-edition-with-a-declared-change": [],
  "clean-quote-that-matches-after-normalisation": [],
  "clean-half-step-rounds-away-from-zero": [],

  "reports-an-unknown-source-and-suggests-the-closest": ["unknown-source"],
  "reports-a-fact-without-quote": ["fact-missing-attribute"],
  "reports-a-fact-without-source": ["fact-missing-attribute"],
  "reports-an-empty-quote": ["fact-empty-quote"],
  "reports-quotes-written-as-expressions": ["fact-attribute-expression"],
  "reports-an-unknown-attribute": ["fact-unknown-attribute"],
  "reports-a-duplicate-fact-id": ["fact-duplicate-id"],
  // `page#revenue` would land on the heading `## Revenue`; a repeated heading is `revenue-1`, as
  // Astro has it.
  "reports-a-fact-id-taken-by-a-heading": ["fact-duplicate-id"],

  "reports-a-quote-not-in-the-source-and-names-the-closest-passage": ["quote-not-found"],
  "reports-an-ambiguous-quote": ["quote-ambiguous"],

  "reports-a-changed-digit": ["number-not-in-quote"],
  "reports-a-changed-scale-word": ["number-not-in-quote"],
  "reports-dollars-for-renminbi": ["number-unit-mismatch"],
  "reports-a-cardinal-for-an-ordinal": ["number-kind-mismatch"],
  "reports-a-dropped-qualifier": ["qualifier-dropped"],
  "reports-a-flipped-qualifier": ["qualifier-dropped"],
  "reports-over-turned-into-about": ["qualifier-dropped"],
  "reports-an-undeclared-rounding": ["rounding-undeclared"],
  "reports-a-wrong-rounding": ["rounding-wrong"],
  "reports-a-bare-dollar-sign": ["number-unreadable"],
  // The currency suggested is the quote's: renminbi where the quote says renminbi.
  "reports-a-bare-dollar-sign-with-the-currency-of-the-quote": ["number-unreadable"],
  "reports-a-qualifier-dropped-just-outside-the-quote": ["qualifier-dropped"],
  "reports-a-half-step-rounded-down": ["rounding-wrong"],
  "reports-a-blank-quote-as-empty": ["fact-empty-quote"],
  "reports-a-zero-rounding-step": ["fact-invalid-attribute"],

  "reports-an-uncited-number": ["uncited-number"],
  "reports-an-opt-out-without-reason": ["opt-out-without-reason"],
  // An opt-out exempts its prose, never a callout inside it: that figure is checked like any other.
  "clean-fact-inside-an-opt-out": [],
  "reports-a-wrong-figure-inside-an-opt-out": ["number-not-in-quote"],

  // Where findings point: the figure or tag itself, wherever the Markdown puts it.
  "reports-uncited-numbers-where-they-stand-in-lists-and-quotes": ["uncited-number"],
  "reports-an-uncited-number-after-a-character-reference": ["uncited-number"],
  "reports-a-wrong-figure-where-it-stands-on-a-wrapped-line": ["number-not-in-quote"],
  "reports-a-wrong-figure-where-it-stands-inside-emphasis": ["number-not-in-quote"],
  "reports-a-mismatched-closing-tag": ["mdx-malformed"],
  "reports-an-unclosed-tag-where-it-opens": ["mdx-malformed"],
  "reports-an-unclosed-block-tag-where-it-opens": ["mdx-malformed"],
  "reports-a-straight-quote-inside-a-quote-and-how-to-write-it": ["mdx-malformed"],

  // From the adversarial review: ways a misstatement could slip past, now refused.
  "reports-rounding-that-hides-the-figure": ["rounding-wrong"],
  "reports-a-figure-split-by-its-tag": ["figure-split", "number-not-in-quote"],
  "reports-a-change-the-source-does-not-state": ["claim-direction"],
  "reports-a-negation-the-source-does-not-make": ["claim-negation"],
  "reports-a-period-the-source-does-not-give": ["claim-period"],
  "reports-a-year-anchored-otherwise": ["claim-time-anchor"],
  "reports-a-cause-a-credit-or-a-weekday-the-source-does-not-give": [
    "claim-attribution",
    "claim-cause",
    "claim-weekday",
  ],
  "clean-claims-said-as-the-source-says": [],
  // A count of another noun, a name's number as a count, a year as a count.
  "reports-a-count-of-another-thing": ["claim-item", "number-kind-mismatch"],
  "reports-a-year-borrowed-from-another-passage": ["claim-borrowed-year"],
  "clean-counts-and-years-said-as-the-source-says": [],
  "reports-hidden-and-look-alike-characters": [
    "number-unreadable",
    "qualifier-dropped",
    "text-hidden-character",
    "text-mixed-script",
    "uncited-number",
  ],
  "reports-numbers-in-titles-attributes-and-expressions": ["uncited-number"],
  // "enterprises employing nearly 1,000 people" for 1000 enterprises: the noun it counts is the
  // other number's too.
  "reports-a-figure-that-could-be-either-of-two-numbers": ["number-ambiguous", "claim-item"],
  "clean-figures-that-say-which-of-two-numbers-they-are": [],
  "reports-a-hedge-outside-the-tag-through-markup": [
    "figure-split",
    "number-not-in-quote",
    "qualifier-dropped",
  ],
  "reports-a-quote-too-short": ["quote-too-short"],
  "reports-prose-the-check-cannot-read": ["uncited-number"],
  // The outer figure, as readers see it, also holds the inner one's number.
  "reports-a-nested-fact": ["fact-nested", "number-not-in-quote"],
  "reports-an-expression-in-a-figure": ["fact-expression-in-figure"],
  "clean-shares-and-hedges-written-other-ways": [],

  // Derived figures: recomputed from the callouts they name, judged exact or rounded as declared.
  "clean-derived-multiples-shares-differences-and-years": [],
  "reports-a-wrong-derived-result": ["derived-result-wrong"],
  "reports-a-derived-figure-rounded-the-wrong-way": ["derived-rounding-wrong"],
  "reports-an-undeclared-derived-rounding": ["derived-rounding-undeclared"],
  "reports-an-unknown-or-ambiguous-fact-in-a-formula": ["derived-unknown-fact"],
  "reports-a-formula-naming-a-fact-with-no-number-or-several": ["derived-input-not-a-number"],
  "reports-a-malformed-formula": ["derived-formula-malformed"],
  "reports-a-dropped-approximation-in-a-derived-figure": ["derived-qualifier-wrong"],
  "reports-a-derived-figure-that-mixes-units": ["derived-unit-mismatch"],
  "reports-a-derived-figure-without-formula-or-with-a-bad-attribute": ["derived-invalid-attribute"],
  "reports-a-derived-figure-with-no-number-or-an-expression": ["derived-figure-unreadable"],

  // Charts: drawn only from callouts the check accepted, as `npm run check` now says before the
  // build does.
  "reports-a-chart-whose-attributes-do-not-read": ["chart-invalid-attribute"],
  "reports-a-chart-that-draws-an-unchecked-figure": [
    "chart-not-from-checked-facts",
    "input-refused",
    "number-not-in-quote",
  ],
  // One error per cause: a wrong callout is reported once, where it stands; the derived figure
  // and the chart built on it say only that their input is refused, and where.
  "reports-a-figure-computed-or-drawn-from-a-refused-callout-once": [
    "input-refused",
    "number-not-in-quote",
  ],

  // Links are facts too: every page, source page, file and `#id` a link names exists.
  "clean-links-to-pages-sources-passages-and-headings": [],
  "reports-links-to-pages-and-ids-that-do-not-exist": ["link-target-not-found"],

  "reports-a-changed-raw-file": ["source-hash-mismatch"],
  "reports-invalid-source-metadata": ["source-invalid-metadata"],
  "reports-an-undeclared-edition-change": ["edition-undeclared-change"],
  "reports-a-raw-line-in-no-block": ["edition-line-unassigned"],
  "reports-a-declared-change-not-on-its-line": ["edition-change-not-found"],
  // One error per cause: a change declared on the wrong line is not also an undeclared change of
  // the block where it is; an edition edit is not also each quote it breaks.
  "reports-a-declared-change-on-the-wrong-line-and-where-it-is": ["edition-change-not-found"],
  "reports-an-edition-edit-once-with-the-quotes-that-depend-on-it": ["edition-undeclared-change"],

  // The corrections log: each entry names a page of the project, here or in a folder.
  "clean-corrections-that-name-their-pages": [],
  "reports-a-correction-that-names-no-page": ["correction-unknown-page"],
};

/**
 * Fixtures whose expected.json states the right behaviour, which the engine
 * does not (yet) show: their tests are `it.fails`, and UPDATE=1 leaves their
 * expected.json alone. Each entry says what is wrong.
 */
const KNOWN_BUGS: Record<string, string> = {
  // None now. The first eleven (a bare `$` reported twice, binary rounding at half steps, a blank
  // quote, round="0", columns inside lists, quotes, emphasis and after character references,
  // unclosed tags placed at their paragraph) were fixed in the engine; their fixtures prove it.
};

/**
 * Hints a fixture's findings must give, beyond the compared fields: the suggestion is the point of
 * the case.
 */
const HINTS: Record<string, { code: string; includes: string }[]> = {
  "reports-an-unknown-source-and-suggests-the-closest": [
    { code: "unknown-source", includes: "Did you mean `dalian-brief`?" },
  ],
  "reports-a-quote-not-in-the-source-and-names-the-closest-passage": [
    {
      code: "quote-not-found",
      includes: "The closest passage is `home to nearly 1000 service-outsourcing enterprises`",
    },
  ],
  "reports-an-undeclared-rounding": [
    { code: "rounding-undeclared", includes: 'add `round="0.1"`' },
  ],
  "reports-an-undeclared-edition-change": [
    {
      code: "edition-undeclared-change",
      includes: '  - line: 4\n    kind: hyphen\n    raw: "serviceoutsourcing"\n',
    },
  ],
  "reports-a-declared-change-on-the-wrong-line-and-where-it-is": [
    { code: "edition-change-not-found", includes: "Write `line: 4`." },
  ],
  "reports-a-bare-dollar-sign-with-the-currency-of-the-quote": [
    { code: "number-unreadable", includes: "Write it as the quote does, `135 billion renminbi`" },
  ],
  "reports-a-straight-quote-inside-a-quote-and-how-to-write-it": [
    { code: "mdx-malformed", includes: "curly ones" },
    {
      code: "mdx-malformed",
      includes:
        'Here: `quote="Tholons ranks Dalian the world\'s “14th largest” outsourcing destination"`.',
    },
  ],
  "reports-an-unclosed-tag-where-it-opens": [
    { code: "mdx-malformed", includes: "Close it after the figure" },
  ],
  "reports-a-correction-that-names-no-page": [
    { code: "correction-unknown-page", includes: "Did you mean `content/firms/index.mdx`?" },
  ],
};

/**
 * Where a clean fixture's facts must land (edition anchors, in page order): the prefix and suffix
 * pick the right passage.
 */
const PASSAGES: Record<string, string[]> = {
  "clean-ambiguous-quote-pinned-by-prefix-or-suffix": ["p08", "p07"],
};

/** Clean fixtures whose quotes match only after normalisation, not byte for byte. */
const NORMALISED = new Set(["clean-quote-that-matches-after-normalisation"]);

type Compared = Pick<Finding, "file" | "line" | "column" | "code" | "severity" | "message">;

function byPlace(a: Compared, b: Compared): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.code.localeCompare(b.code) ||
    a.message.localeCompare(b.message)
  );
}

async function check(name: string) {
  const files = await loadProject({ root: join(FIXTURES, name) });
  const result = checkProject(files);
  const findings = [...result.report.findings];
  const compared: Compared[] = findings
    .map(({ file, line, column, code, severity, message }) => ({
      file,
      line,
      column,
      code,
      severity,
      message,
    }))
    .sort(byPlace);
  return { compared, findings, result };
}

function readExpected(name: string): Compared[] {
  const path = join(FIXTURES, name, "expected.json");
  expect(existsSync(path), `${path} is missing; run with UPDATE=1 and read what it wrote`).toBe(
    true,
  );
  return JSON.parse(readFileSync(path, "utf8")) as Compared[];
}

describe("fixtures", () => {
  it("has one row in the table of codes for each fixture folder, and a folder for each row", () => {
    const folders = readdirSync(FIXTURES, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(folders).toEqual(Object.keys(CODES).sort());
    for (const name of folders) {
      expect(
        name.startsWith("clean-") === (CODES[name]?.length === 0),
        `${name}: a folder named clean-… expects no finding, any other expects some`,
      ).toBe(true);
    }
  });

  for (const [name, codes] of Object.entries(CODES)) {
    const bug = KNOWN_BUGS[name];

    // The engine's findings are exactly expected.json. For a known bug, expected.json states the
    // right behaviour (written by hand, never regenerated) and the test is expected to fail until
    // the bug is fixed. SHOW_KNOWN_BUGS=1 runs them as plain tests, to see each difference.
    const test = bug && process.env.SHOW_KNOWN_BUGS !== "1" ? it.fails : it;
    test(`${name}${bug ? ` (known bug: ${bug})` : ""}`, async () => {
      const { compared, findings, result } = await check(name);
      if (UPDATE && !bug) {
        const path = join(FIXTURES, name, "expected.json");
        writeFileSync(path, `${JSON.stringify(compared, null, 2)}\n`);
        console.warn(
          `UPDATE=1: wrote ${path} (${compared.length} findings); read it before committing`,
        );
      }
      const expected = readExpected(name);
      expect(compared).toEqual(expected);

      for (const { code, includes } of HINTS[name] ?? []) {
        const hints = findings.filter((f) => f.code === code).map((f) => f.hint ?? "");
        expect(
          hints.some((h) => h.includes(includes)),
          `a ${code} hint with ${includes}; got ${JSON.stringify(hints)}`,
        ).toBe(true);
      }
      if (codes.length === 0) {
        // A clean page is clean because its facts were checked, not skipped: each quote found,
        // each number matched.
        expect(result.facts.length).toBeGreaterThan(0);
        for (const fact of result.facts) {
          expect(
            fact.location?.passage,
            `${fact.id} (${fact.fact.text}) has a passage`,
          ).toBeTruthy();
          for (const n of fact.numbers)
            expect(n.verdict.ok, `${n.expr.text} in ${fact.id}`).toBe(true);
        }
      }
      if (PASSAGES[name])
        expect(result.facts.map((f) => f.location?.passage?.anchor)).toEqual(PASSAGES[name]);
      if (NORMALISED.has(name))
        expect(result.facts.map((f) => f.location?.status)).toEqual(
          result.facts.map(() => "normalised"),
        );
    });

    // What the folder's name promises, whatever expected.json says: runs for every fixture, known
    // bug or not.
    it(`${name}: expected.json holds exactly the codes ${codes.length ? codes.join(", ") : "(none)"}`, () => {
      const expected = readExpected(name);
      expect(new Set(expected.map((f) => f.code))).toEqual(new Set(codes));
      expect(
        [...expected].sort(byPlace),
        "expected.json is sorted by file, line and column",
      ).toEqual(expected);
      for (const f of expected)
        expect(Object.keys(f).sort()).toEqual([
          "code",
          "column",
          "file",
          "line",
          "message",
          "severity",
        ]);
    });
  }
});
