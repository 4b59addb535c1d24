/** The README documents every finding code the checks can report. */
import { expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { FACT_CHECKS, PAGE_CHECKS } from "../src/facts/checks/index.ts";

it("lists every check's codes in the README's table of finding codes", () => {
  const readme = readFileSync("README.md", "utf8");
  const table = readme.slice(readme.indexOf("### Finding codes"), readme.indexOf("## Speed"));
  for (const check of [...FACT_CHECKS, ...PAGE_CHECKS]) {
    for (const code of check.codes) expect(table, code).toContain(`\`${code}\``);
  }
});
