/** The frame's data: key figures, share ids, git dates and edit links, on the real project and on small cases. */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkProject, loadProject } from "../src/facts/index.ts";
import { editHref } from "../src/site/edit-link.ts";
import { gitDates } from "../src/site/page-history.ts";
import { siteData, type SiteData } from "../src/site/site-data.ts";
import { shareIds } from "../src/site/share.ts";

let data: SiteData;
beforeAll(async () => {
  data = siteData(checkProject(await loadProject({ root: process.cwd() })));
});

const figures = (page: string) =>
  (data.keyFigures[page] ?? []).map(
    (id) => data.facts.find((f) => f.page === page && f.id === id)?.text,
  );

describe("key figures", () => {
  it("are the home page's cards: each card's first callout, in order", () => {
    const cards = data.keyFigures["/"] ?? [];
    expect(cards.length).toBe(12);
    expect(cards.every((id) => id.startsWith("glance-"))).toBe(true);
    expect(figures("/").slice(0, 3)).toEqual(["US$21.7 billion", "nearly 1,000", "nearly 120,000"]);
  });

  it("open a topic page with its own callouts that restate a card, at most four", () => {
    expect(figures("/industry/")).toEqual([
      "US$21.7 billion",
      "nearly 1,000",
      "nearly 120,000",
      "one quarter",
    ]);
    expect(figures("/software-parks/")).toEqual(["nearly 650", "US$4.5 billion"]);
    for (const [page, ids] of Object.entries(data.keyFigures)) {
      expect(ids.length, page).toBeLessThanOrEqual(page === "/" ? 12 : 4);
      for (const id of ids)
        expect(
          data.facts.some((f) => f.page === page && f.id === id),
          `${page}#${id}`,
        ).toBe(true);
    }
    // A page that restates no card opens with none.
    expect(data.keyFigures["/who-said-what/"]).toBeUndefined();
  });
});

describe("share ids", () => {
  it("are the callout's id; the same figure from the same evidence on several pages shares one", () => {
    const dated = data.facts.filter((f) => f.id === "fact-2d8c761d");
    expect(dated.length).toBeGreaterThan(1);
    expect(new Set(dated.map((f) => f.share))).toEqual(new Set(["fact-2d8c761d"]));
  });

  it("qualify an id that names different figures on different pages by the page", () => {
    const a = data.facts.find((f) => f.id === "revenue-2010")!;
    const other = { ...a, page: "/talent/", text: "something else" };
    const ids = shareIds([a, other]);
    expect(ids.get(a)).toBe("industry--revenue-2010");
    expect(ids.get(other)).toBe("talent--revenue-2010");
  });
});

describe("last updated, from git", () => {
  let repo: string;
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), "history-"));
    const git = (...args: string[]) =>
      execFileSync("git", args, {
        cwd: repo,
        env: {
          ...process.env,
          GIT_AUTHOR_DATE: "2024-03-05T12:00:00Z",
          GIT_COMMITTER_DATE: "2024-03-05T12:00:00Z",
        },
      });
    git("init", "-q");
    git("config", "user.email", "test@example.invalid");
    git("config", "user.name", "Test");
    mkdirSync(join(repo, "content"));
    writeFileSync(join(repo, "content/a.mdx"), "a\n");
    git("add", ".");
    git("commit", "-q", "-m", "a");
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it("gives each committed file the date of its last commit", () => {
    expect(gitDates(repo, "content").get("content/a.mdx")).toBe("2024-03-05");
  });

  it("gives no date outside a repository, in a shallow clone, or without git", () => {
    const plain = mkdtempSync(join(tmpdir(), "no-repo-"));
    const shallow = mkdtempSync(join(tmpdir(), "shallow-"));
    try {
      expect(gitDates(plain, "content").size).toBe(0);
      execFileSync("git", ["clone", "-q", "--depth", "1", `file://${repo}`, shallow]);
      expect(gitDates(shallow, "content").size).toBe(0);
      expect(gitDates(repo, "content", "no-such-git").size).toBe(0);
    } finally {
      rmSync(plain, { recursive: true, force: true });
      rmSync(shallow, { recursive: true, force: true });
    }
  });
});

describe("edit this page", () => {
  it("links only where a repository address is configured", () => {
    expect(editHref("content/talent.mdx", undefined)).toBeNull();
    expect(editHref("content/talent.mdx", "")).toBeNull();
    expect(editHref("content/talent.mdx", "https://example.com/o/r/edit/main/")).toBe(
      "https://example.com/o/r/edit/main/content/talent.mdx",
    );
    expect(editHref("content/talent.mdx", "https://example.com/o/r/edit/main")).toBe(
      "https://example.com/o/r/edit/main/content/talent.mdx",
    );
  });

  it("refuses an address that is none", () => {
    expect(() => editHref("content/talent.mdx", "not a url")).toThrow(/EDIT_URL/);
    expect(() => editHref("content/talent.mdx", "javascript:alert(1)")).toThrow(/EDIT_URL/);
  });
});
