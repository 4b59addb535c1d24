/**
 * The ids of a page's headings, which no callout may take: the engine must
 * compute them exactly as Astro's own rehypeHeadingIds does when it renders
 * the page, so this runs Astro's plugin on the same MDX and compares.
 */
import { expect, it } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkGfm from "remark-gfm";
import remarkFrontmatter from "remark-frontmatter";
import remarkRehype from "remark-rehype";
import { VFile } from "vfile";
import { rehypeHeadingIds } from "@astrojs/markdown-remark";
import { parseMdx } from "../src/facts/index.ts";
import { extractPage } from "../src/facts/mdx/extract.ts";

/** The ids Astro gives the headings of an MDX page. */
function astroIds(mdx: string): string[] {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkFrontmatter, ["yaml"])
    // As @mdx-js/mdx hands MDX nodes through to rehype.
    .use(remarkRehype, {
      passThrough: [
        "mdxjsEsm",
        "mdxFlowExpression",
        "mdxJsxFlowElement",
        "mdxJsxTextElement",
        "mdxTextExpression",
      ],
    })
    .use(rehypeHeadingIds);
  const file = new VFile({ path: "/site/content/page.mdx", value: mdx });
  processor.runSync(processor.parse(file), file);
  return (file.data as { astro: { headings: { slug: string }[] } }).astro.headings.map(
    (h) => h.slug,
  );
}

function engineIds(mdx: string): string[] {
  const parsed = parseMdx(mdx);
  if ("failure" in parsed) throw new Error(parsed.failure.message);
  return extractPage(parsed.tree, mdx).headings.map((h) => h.id);
}

const PAGES: Record<string, string> = {
  "repeated headings": "## Revenue\n\n## Revenue\n\n## Revenue\n",
  "punctuation and emphasis":
    "## Revenue: then & *now*\n\n## The **park**'s `code`, [linked](https://example.com)\n",
  "footnotes, numbered by first reference":
    "Before[^b].\n\n## Revenue[^a]\n\n## Again[^b]\n\n[^a]: One.\n[^b]: Two.\n",
  "a footnote defined but never referenced": "## Body\n\n[^x]: Unused.\n",
  "a callout in a heading": '## Sales of <Fact source="s" quote="q">US$21.7 billion</Fact>\n',
  "accents, dashes and typographic quotes": "## Café – naïve ‘quotes’ and “more”\n",
  "an image in a heading": "## ![a chart](chart.png) Charts\n",
  "setext and deeper levels": "Title\n=====\n\n#### Fourth level\n\n###### Sixth\n",
  "front matter is not a heading": "---\ntitle: Page\n---\n\n## Body\n",
};

it.each(Object.entries(PAGES))("heading ids as Astro gives them: %s", (_, mdx) => {
  const ids = astroIds(mdx);
  expect(ids.length).toBeGreaterThan(0);
  expect(engineIds(mdx)).toEqual(ids);
});
