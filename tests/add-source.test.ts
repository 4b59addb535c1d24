/**
 * Adding a new source is one command; its first edition is accepted, and its metadata stub asks to
 * be completed.
 */
import { afterAll, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { main } from "../scripts/lib/add-source-cli.ts";
import { checkProject, loadProject } from "../src/facts/index.ts";
import { copyProject } from "./helpers/project-copy.ts";

const site = copyProject();
afterAll(() => site.remove());

async function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: async () => "",
    cwd: site.root,
  });
  return { code, stdout, stderr };
}

it(
  "creates the folder: raw bytes kept, hash recorded, an edition the check " +
    "accepts, metadata to complete",
  async () => {
    const article =
      "Dalian \u201CSoftware\u201D news\n\nThe park grew to 120 firms\nin 2015, " +
      "with\nover 9,000 staff.  \n\n\nIt opened in 1998.";
    writeFileSync(join(site.root, "new-article.txt"), article);
    const { code, stdout } = await run(["new-article.txt"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Created sources/new-article/");
    const dir = join(site.root, "sources/new-article");
    const raw = readFileSync(join(dir, "raw.txt"));
    expect(raw.equals(Buffer.from(article))).toBe(true);
    expect(readFileSync(join(dir, "source.yaml"), "utf8")).toContain(
      createHash("sha256").update(raw).digest("hex"),
    );

    const findings = checkProject(await loadProject({ root: site.root })).report.findings;
    const mine = findings.filter((f) => f.file.startsWith("sources/new-article/"));
    expect(mine.map((f) => f.code)).toEqual([
      "source-invalid-metadata",
      "source-invalid-metadata",
      "source-invalid-metadata",
    ]);
    expect(mine.map((f) => f.message).join("\n")).toMatch(
      /`title`[\s\S]*`publisher.attribution`[\s\S]*`dating`/,
    );
    // Each says in words what the field wants, never a schema library's default wording.
    expect(mine.map((f) => f.message.replace(/^.*expected /, ""))).toEqual([
      "the title as printed",
      "in words, how the publisher was (or could not be) attributed",
      "in words, the evidence for when the source was written (null where `published` is printed)",
    ]);

    // Completed by a person, the source checks clean.
    const yaml = readFileSync(join(dir, "source.yaml"), "utf8")
      .replace('title: ""', 'title: "Dalian software news"')
      .replace('attribution: ""', 'attribution: "None printed."')
      .replace('dating: ""', 'dating: "Undated; it names 2015 as past."');
    writeFileSync(join(dir, "source.yaml"), yaml);
    const after = checkProject(await loadProject({ root: site.root })).report.findings;
    expect(after.filter((f) => f.file.startsWith("sources/new-article/"))).toEqual([]);
  },
);

it("refuses an existing id, an unreadable file and text that is not UTF-8, writing nothing", async () => {
  expect((await run(["new-article.txt"])).code).toBe(2); // exists after the test above
  expect((await run(["no-such-file.txt", "--id", "other"])).code).toBe(2);
  writeFileSync(
    join(site.root, "latin1.txt"),
    Buffer.from([0x44, 0x61, 0x6c, 0x69, 0x61, 0x6e, 0xe9]),
  );
  expect((await run(["latin1.txt"])).stderr).toContain("expected UTF-8");
  expect((await run(["x.txt", "--id", "Not A Slug"])).code).toBe(2);
});
