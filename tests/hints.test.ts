/**
 * The words a contributor reads for the common slips: each finding's message and hint, on the real
 * sources, snapshotted so that a change to them is a decision (`npx vitest run tests/hints.test.ts
 * -u` rewrites them; read the diff).
 */
import { describe, expect, it } from "vitest";
import { checkProject, loadSources } from "../src/facts/index.ts";
import type { SourceFiles } from "../src/facts/sources/model.ts";

const sources = await loadSources(process.cwd());
const S = 'source="great-leap-forward"';
const REVENUE_2010 = `<Fact id="revenue-2010" ${S} quote="up from US$8.65 billion in 2010">US$8.65 billion</Fact>`;
const STAFF = `<Fact id="staff" ${S} quote="with some 80,000 employees">some 80,000</Fact>`;
const PARKS = `<Fact id="parks" ${S} quote="home to nearly 650 software companies">nearly 650</Fact>`;

/** What a contributor reads for a page holding `mdx`: each finding's place, message and hint. */
function read(mdx: string): string {
  const text = `---\ntitle: Example\n---\n\n${mdx}\n`;
  const result = checkProject({ sources, pages: [{ path: "content/example.mdx", text }] });
  return result.report.findings
    .map((f) => `${f.line}:${f.column} ${f.code}\n${f.message}${f.hint ? `\nhint: ${f.hint}` : ""}`)
    .join("\n\n");
}

/** What a contributor reads after editing one file of a real source. */
function readSource(id: string, edit: (files: SourceFiles) => Partial<SourceFiles>): string {
  const edited = sources.map((f) => (f.id === id ? { ...f, ...edit(f) } : f));
  const result = checkProject({ sources: edited, pages: [] });
  return result.report.findings
    .map((f) => `${f.file}:${f.line}:${f.column} ${f.code}\n${f.message}\nhint: ${f.hint ?? ""}`)
    .join("\n\n");
}

describe("edition changes", () => {
  it("an undeclared change gets a ready-to-paste entry with its raw line", () => {
    expect(
      readSource("back-office-hub", (f) => ({
        editionText: f.editionText!.replace("mild weather,", "very mild weather,"),
      })),
    ).toMatchInlineSnapshot(`
      "sources/back-office-hub/edition.txt:29:186 edition-undeclared-change
      Unexpected undeclared change in block \`p05\`: \`very\` was added; expected the raw words, or a change declared in source.yaml
      hint: Make the edition say what its raw lines say, or declare the change: add under \`changes:\` in source.yaml
        - line: 19
          kind: typo
          raw: "and mild"
          edition: "and very mild"
          why: "A misprint in the running text is corrected.""
    `);
  });

  it("a word rejoined across a line break gets a join, with the line where it starts", () => {
    const meta = (f: SourceFiles) => f.metaText!;
    expect(
      readSource("great-leap-forward", (f) => ({
        metaText: meta(f).replace(/ {2}- line: 42\n(?: {4}.*\n){4}/, ""),
      })),
    ).toMatchInlineSnapshot(`
      "sources/great-leap-forward/edition.txt:32:38 edition-undeclared-change
      Unexpected undeclared change in block \`p07\`: \`start ing\` became \`starting\`; expected the raw words, or a change declared in source.yaml
      hint: Make the edition say what its raw lines say, or declare the change: add under \`changes:\` in source.yaml
        - line: 42
          kind: join
          raw: "start\\ning"
          edition: "starting"
          why: "A word split across a line break is rejoined.""
    `);
  });

  it("a change declared on the wrong line says which line it is on, once", () => {
    expect(
      readSource("great-leap-forward", (f) => ({
        metaText: f.metaText!.replace("  - line: 35\n", "  - line: 34\n"),
      })),
    ).toMatchInlineSnapshot(`
      "sources/great-leap-forward/source.yaml:20:5 edition-change-not-found
      Unexpected \`line: 34\` for change \`serviceoutsourcing\`: it is on raw line 35, expected the line where it starts
      hint: Write \`line: 35\`."
    `);
  });
});

describe("slips of the pen", () => {
  const BASE = `${S} quote="Designated as one of China’s “outsourcing base cities” by Beijing"`;

  it("an unclosed callout is named where it opens, with the tag to write", () => {
    expect(read(`Beijing named Dalian <Fact ${BASE}>one of its outsourcing base cities.`))
      .toMatchInlineSnapshot(`
        "5:22 mdx-malformed
        Unexpected \`<Fact>\` that is not closed, expected \`</Fact>\` after its figure, in the same paragraph
        hint: Close it after the figure, as in \`<Fact …>nearly 650</Fact>\`; a callout cannot span a blank line. Until it is closed the page is not checked: its callouts are not counted."
      `);
  });

  it("a straight quote inside a quote says that curly quotes or quote='…' work, and how", () => {
    const slip = `Beijing named Dalian <Fact ${S} quote="Designated as one of China's "outsourcing base cities" by Beijing">one of its outsourcing base cities</Fact>.`;
    expect(read(slip)).toMatchInlineSnapshot(`
      "5:92 mdx-malformed
      Unexpected straight \`"\` inside \`quote="…"\`, which ends the value there, expected the value's words up to its closing \`"\`
      hint: Write the quotation marks inside the value as curly ones (\`“…”\`), which match the source's straight or curly marks, or put the value in single quotes (\`quote='…'\`) when it holds no \`'\`. Here: \`quote="Designated as one of China's “outsourcing base cities” by Beijing"\`."
    `);
    const noApostrophe = `<Fact ${S} quote="one of China’s "outsourcing base cities" by Beijing">one of its outsourcing base cities</Fact>.`;
    expect(read(noApostrophe)).toMatchInlineSnapshot(`
      "5:57 mdx-malformed
      Unexpected straight \`"\` inside \`quote="…"\`, which ends the value there, expected the value's words up to its closing \`"\`
      hint: Write the quotation marks inside the value as curly ones (\`“…”\`), which match the source's straight or curly marks, or put the value in single quotes (\`quote='…'\`) when it holds no \`'\`. Here: \`quote="one of China’s “outsourcing base cities” by Beijing"\` or \`quote='one of China’s "outsourcing base cities" by Beijing'\`."
    `);
  });

  it("what the hint offers to paste passes the check", () => {
    const slip = `<Fact ${S} quote="one of China’s "outsourcing base cities" by Beijing">one of its outsourcing base cities</Fact>.`;
    const hint = checkProject({
      sources,
      pages: [{ path: "content/example.mdx", text: `${slip}\n` }],
    }).report.findings[0]!.hint!;
    const offered = [...hint.slice(hint.indexOf("Here:")).matchAll(/`(quote=(["'])[^`]*\2)`/g)].map(
      (m) => m[1]!,
    );
    expect(offered).toHaveLength(2);
    for (const attribute of offered)
      expect(read(slip.replace(/quote="[^>]*"(?=>)/, attribute)), attribute).toBe("");
  });

  it("a bare $ is given the quote's currency: renminbi where the quote says renminbi", () => {
    const quote = `${S} quote="realised revenues of 135 billion renminbi (US$21.7 billion) last year"`;
    expect(read(`<Fact ${quote}>$135 billion</Fact> and <Fact ${quote}>$21.7 billion</Fact>`))
      .toMatchInlineSnapshot(`
        "5:113 number-unreadable
        Unexpected \`$135 billion\` with a bare \`$\`, expected the currency the quote names: \`135 billion renminbi\`
        hint: Write it as the quote does, \`135 billion renminbi\`: a bare \`$\` could be any dollar, and the check does not guess.

        5:249 number-unreadable
        Unexpected \`$21.7 billion\` with a bare \`$\`, expected the currency the quote names: \`US$21.7 billion\`
        hint: Write it as the quote does, \`US$21.7 billion\`: a bare \`$\` could be any dollar, and the check does not guess."
      `);
  });
});

describe("did you mean", () => {
  it("suggests a source id one slip away", () => {
    expect(
      read(
        `<Fact source="great-leap-foward" quote="with some 80,000 employees">some 80,000</Fact>`,
      ),
    ).toMatchInlineSnapshot(`
        "5:7 unknown-source
        Unexpected source \`great-leap-foward\`, expected one of \`back-office-hub\`, \`great-leap-forward\`
        hint: Did you mean \`great-leap-forward\`?"
      `);
  });

  it("suggests nothing for a source id that is nothing like one (a removed source)", () => {
    expect(
      read(
        `<Fact source="dalian-daily-news" quote="with some 80,000 employees">some 80,000</Fact>`,
      ),
    ).toMatchInlineSnapshot(`
        "5:7 unknown-source
        Unexpected source \`dalian-daily-news\`, expected one of \`back-office-hub\`, \`great-leap-forward\`
        hint: Name a folder of \`sources/\`; \`npm run add-source\` makes one for a new source."
      `);
  });

  it("suggests a fact id one slip away in a formula, and nothing for one far from any", () => {
    expect(
      read(
        `${STAFF} staff and ${PARKS} firms: <Derived formula="staf / firms" round="1">about 123</Derived> each.`,
      ),
    ).toMatchInlineSnapshot(`
      "5:244 derived-unknown-fact
      Unexpected fact id \`staf\`, expected the \`id\` of a \`<Fact>\` on this page or another
      hint: Did you mean \`staff\`? Give the callout an explicit \`id="…"\` and name it in the formula; minus is written with a space on each side.

      5:251 derived-unknown-fact
      Unexpected fact id \`firms\`, expected the \`id\` of a \`<Fact>\` on this page or another
      hint: Give the callout an explicit \`id="…"\` and name it in the formula; minus is written with a space on each side."
    `);
  });

  it("suggests a chart's mark one slip away, on its page or as page#id", () => {
    expect(
      read(
        `${STAFF} staff and ${PARKS} firms. <Chart title="People and firms" description="Staff and ` +
          `companies." marks="staf park" labels="staff | companies" />`,
      ),
    ).toMatchInlineSnapshot(`
      "5:226 chart-not-from-checked-facts
      Unknown fact \`staf\` in \`marks\`, expected the \`id\` of a \`<Fact>\` on content/example.mdx (ids there: \`staff\`, \`parks\`); give the callout \`id="staf"\`
      hint: Did you mean \`staff\`?

      5:226 chart-not-from-checked-facts
      Unknown fact \`park\` in \`marks\`, expected the \`id\` of a \`<Fact>\` on content/example.mdx (ids there: \`staff\`, \`parks\`); give the callout \`id="park"\`
      hint: Did you mean \`parks\`?"
    `);
  });
});

describe("one error per cause", () => {
  it("a derived figure from a refused callout says only where that callout is refused", () => {
    expect(
      read(
        `Revenues were <Fact id="revenue-last-year" ${S} quote="realised revenues of 135 billion ` +
          `renminbi (US$21.7 billion) last year">US$12.7 billion</Fact>, up from ${REVENUE_2010}: ` +
          `<Derived formula="revenue-last-year / revenue-2010" round="0.1">about 2.5 times</Derived>.`,
      ),
    ).toMatchInlineSnapshot(`
      "5:150 number-not-in-quote
      Unexpected figure \`US$12.7 billion\`, expected a number in the quote (\`135 billion renminbi\`, \`US$21.7 billion\`)
      hint: Show the figure as the quote gives it, or quote the passage that holds this figure. \`npm run check -- numbers\` shows how a text is read.

      5:316 input-refused
      Unexpected input \`revenue-last-year\`: it is refused at 5:150 (\`number-not-in-quote\`), expected a callout the check accepts
      hint: Fix that callout first; this figure is checked again from it."
    `);
  });
});
