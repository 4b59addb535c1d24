/** `npm run cite`: finds passages from half-remembered phrases, and every snippet it offers passes the real check. */
import { afterAll, describe, expect, it } from "vitest";
import { loadSources } from "../src/facts/load.ts";
import { checkProject, newRun, prepareSources } from "../src/facts/run.ts";
import { loadProject } from "../src/facts/load.ts";
import { cite } from "../src/facts/index.ts";
import { main } from "../scripts/lib/cite-cli.ts";
import { copyProject } from "./helpers/project-copy.ts";

const sources = prepareSources(await loadSources(process.cwd()), newRun());

const QUERIES: [string, string, string][] = [
  // [query, source, anchor of the passage it should find first]
  ["135 billion renminbi", "great-leap-forward", "p05"],
  ["realised revenues of 135 billion renminbi", "great-leap-forward", "p05"],
  ["revenus realized renminbi", "great-leap-forward", "p05"], // misspelled
  ["renminbi billion 135 revenues", "great-leap-forward", "p05"], // reordered
  ["softwear park employes", "great-leap-forward", "p22"],
  ["Tholons ranks 14th largest outsourcing destination", "great-leap-forward", "p29"],
  ["invention patents January October", "great-leap-forward", "p36"],
  ["Deloitte office staff twenty years ago", "back-office-hub", "p12"],
  ["State Council approved innovation zone April 2016", "back-office-hub", "p08"],
  ["free rent for start-ups", "back-office-hub", "p11"],
];

describe("finding passages", () => {
  it.each(QUERIES)("finds %j in %s #%s", (query, source, anchor) => {
    const hits = cite(sources, query, { limit: 3 });
    expect(hits.map((h) => `${h.passage.source}#${h.passage.anchor}`)).toContain(
      `${source}#${anchor}`,
    );
  });

  it("offers a callout for every number of a passage", () => {
    const [top] = cite(sources, "135 billion renminbi US$21.7 billion 2010", { limit: 1 });
    expect(top?.snippets.map((s) => s.figure)).toEqual([
      "135 billion renminbi",
      "US$21.7 billion",
      "US$8.65 billion",
      "2010",
    ]);
  });
});

describe("what it proposes", () => {
  /** Each snippet's quote, with the passage it was offered for. */
  const quotes = (query: string, limit = 3) =>
    cite(sources, query, { limit }).flatMap((c) =>
      c.snippets.map((s) => ({
        text: c.passage.text,
        figure: s.figure,
        quote: /quote=(["'])(.*?)\1>/.exec(s.mdx)![2]!.replace(/[“”]/g, '"'),
      })),
    );

  it("quotes whole clauses: each quote runs from a clause or sentence boundary to the next", () => {
    const all = QUERIES.flatMap(([query]) => quotes(query));
    expect(all.length).toBeGreaterThan(30);
    for (const { text, quote } of all) {
      const at = text.replace(/[“”]/g, '"').indexOf(quote);
      expect(at, quote).toBeGreaterThanOrEqual(0);
      const before = text.slice(0, at).trimEnd();
      const after = text.slice(at + quote.length).trimStart();
      expect(before === "" || /[,;:(—–-]$|\)$/.test(before), `starts a clause: ${quote}`).toBe(
        true,
      );
      expect(after === "" || /^[,;:.!?)(—–-]/.test(after), `ends a clause: ${quote}`).toBe(true);
    }
  });

  it("names what the number counts, not a fragment around it", () => {
    const niit = quotes("NIIT training centre 2008", 1);
    expect(niit.find((q) => q.figure === "2008")?.quote).toBe(
      "NIIT now has a presence in 66 Chinese cities and set up a training centre in Dalian in 2008",
    );
    expect(niit.find((q) => q.figure === "around 1000")?.quote).toBe(
      "with a current intake of around 1000 students a year",
    );
    const patents = quotes("invention patents January October", 1);
    expect(patents.find((q) => q.figure === "5280")?.quote).toBe(
      "5280 invention patents were applied for in Dalian between January and October 2012",
    );
  });

  it("ranks by the words asked for, numbers matched as numbers", () => {
    const hits = cite(sources, "about 1,000", { limit: 5 }).map((h) => h.passage.text);
    expect(
      hits.slice(0, 2).every((t) => /(nearly|around) 1000/.test(t)),
      hits.join("\n"),
    ).toBe(true);
    expect(hits.some((t) => t.includes("about to change"))).toBe(false);
    const [top] = cite(sources, "1000 students", { limit: 1 });
    expect(top?.passage.text).toContain("around 1000 students a year");
  });
});

describe("every snippet it prints", () => {
  const site = copyProject();
  afterAll(() => site.remove());

  it("passes the real check when pasted into a page, but for what it says its sentence must say", async () => {
    const snippets = [
      ...new Map(
        QUERIES.flatMap(([query]) =>
          cite(sources, query, { limit: 3 }).flatMap((c) => c.snippets.map((s) => [s.mdx, s])),
        ),
      ).values(),
    ];
    expect(snippets.length).toBeGreaterThan(30);
    site.write(
      "content/pasted.mdx",
      `---\ntitle: Pasted\n---\n\n${snippets.map((s) => s.mdx).join("\n\n")}\n`,
    );
    const result = checkProject(await loadProject({ root: site.root }));
    // Pasted alone, a callout has no sentence: the claim check asks for what the source's says
    // around its number, which is what cite printed under it, and nothing else fails.
    const reads = (code: string) => code.startsWith("claim-") || code === "number-ambiguous";
    const sentence = result.report.findings.filter((f) => reads(f.code));
    expect(result.report.findings.filter((f) => !reads(f.code))).toEqual([]);
    expect(sentence.length).toBe(snippets.reduce((n, s) => n + s.sentence.length, 0));
    expect(result.facts.filter((f) => f.file === "content/pasted.mdx").length).toBe(
      snippets.length,
    );
  });

  it("says under a callout what its sentence must say, and the callout then passes", async () => {
    const [niit] = cite(sources, "NIIT training centre 2008", { limit: 1 });
    const intake = niit!.snippets.find((s) => s.figure === "around 1000")!;
    expect(intake.sentence).toEqual(["what the source says: it counts per year"]);
    site.write(
      "content/pasted.mdx",
      `---\ntitle: Pasted\n---\n\nNIIT takes in ${intake.mdx} students a year.\n`,
    );
    const result = checkProject(await loadProject({ root: site.root }));
    expect(result.report.findings).toEqual([]);
  });
});
describe("npm run cite", () => {
  function run(argv: string[]) {
    let stdout = "";
    let stderr = "";
    return main(argv, {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      stdin: async () => "",
      cwd: process.cwd(),
    }).then((code) => ({ code, stdout, stderr }));
  }

  it("prints passages with ready-to-paste callouts and exits 0", async () => {
    const { code, stdout } = await run(["nearly 1000 enterprises", "--limit", "1"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^great-leap-forward #p05/);
    expect(stdout).toContain(">nearly 1000</Fact>");
  });

  it("exits 1 when nothing matches and 2 on bad usage", async () => {
    expect((await run(["zzzqqq xxyyzz"])).code).toBe(1);
    expect((await run([])).code).toBe(2);
    expect((await run(["x", "--limit", "0"])).code).toBe(2);
  });
});
