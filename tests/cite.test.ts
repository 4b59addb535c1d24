/** `npm run cite`: finds passages from half-remembered phrases, and every snippet it offers passes the real check. */
import { afterAll, describe, expect, it } from "vitest";
import { loadSources } from "../src/facts/load.ts";
import { checkProject, newRun, passesAlone, prepareSources } from "../src/facts/run.ts";
import { loadProject } from "../src/facts/load.ts";
import { cite } from "../src/facts/index.ts";
import { main } from "../scripts/lib/cite-cli.ts";
import { copyProject } from "./helpers/project-copy.ts";

const sources = prepareSources(await loadSources(process.cwd()), newRun());
const accepts = (mdx: string) => passesAlone(mdx, sources);

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
    const hits = cite(sources, query, { limit: 3, accepts });
    expect(hits.map((h) => `${h.passage.source}#${h.passage.anchor}`)).toContain(
      `${source}#${anchor}`,
    );
  });

  it("offers a callout for every number of a passage", () => {
    const [top] = cite(sources, "135 billion renminbi US$21.7 billion 2010", { limit: 1, accepts });
    expect(top?.snippets.map((s) => s.figure)).toEqual([
      "135 billion renminbi",
      "US$21.7 billion",
      "US$8.65 billion",
      "2010",
    ]);
  });
});

describe("every snippet it prints", () => {
  const site = copyProject();
  afterAll(() => site.remove());

  it("passes the real check when pasted into a page", async () => {
    const snippets = QUERIES.flatMap(([query]) =>
      cite(sources, query, { limit: 3, accepts }).flatMap((c) => c.snippets.map((s) => s.mdx)),
    );
    expect(snippets.length).toBeGreaterThan(30);
    site.write(
      "content/pasted.mdx",
      `---\ntitle: Pasted\n---\n\n${[...new Set(snippets)].join("\n\n")}\n`,
    );
    const result = checkProject(await loadProject({ root: site.root }));
    expect(result.report.findings).toEqual([]);
    expect(result.facts.filter((f) => f.file === "content/pasted.mdx").length).toBe(
      new Set(snippets).size,
    );
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
