/**
 * Charts: marks read from checked facts, drawn as static SVG with a table, and refused when they
 * cannot be trusted.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import {
  readSpec,
  renderChart,
  resolveMarks,
  type FactIndex,
  type RenderedChart,
} from "../src/charts/index.ts";
import { checkProject, loadSources, type CheckResult } from "../src/facts/index.ts";
import { pageHref } from "../src/site/links.ts";
import { siteData } from "../src/site/site-data.ts";

const GLF = 'source="great-leap-forward"';
const Q_REVENUE = 'quote="realised revenues of 135 billion renminbi (US$21.7 billion) last year"';
const Q_UP_FROM = 'quote="up from US$8.65 billion in 2010"';

/** A page with the callouts the tests chart, including ones a chart must refuse. */
const PAGE = `---
title: Charts
---

Revenues reached <Fact id="revenue-last-year" ${GLF} ${Q_REVENUE}>US$21.7 billion</Fact> last year,
or <Fact id="revenue-rmb" ${GLF} ${Q_REVENUE}>135 billion renminbi</Fact>, and both at once:
<Fact id="revenue-both" ${GLF} ${Q_REVENUE}>135 billion renminbi (US$21.7 billion)</Fact>.
That was up from <Fact id="revenue-2010" ${GLF} ${Q_UP_FROM}>US$8.65 billion</Fact> in
<Fact id="year-2010" ${GLF} ${Q_UP_FROM}>2010</Fact>.
The park posted <Fact id="dlsp-sales" ${GLF}
  quote="the DLSP generated sales revenues of US$4.5 billion">US$4.5 billion</Fact> in sales
and <Fact id="dlsp-exports" ${GLF} quote="export revenues of US$1.08 billion">US$1.08 billion</Fact> in exports.
The city had <Fact id="firms" ${GLF}
  quote="home to nearly 1000 service-outsourcing enterprises">nearly 1,000 enterprises</Fact>.
The park is <Fact id="no-number" ${GLF} quote="the Dalian Software Park (DLSP)">the Dalian Software Park</Fact>.
`;

/** A second page, for marks that name a callout elsewhere. */
const OTHER = `---
title: Talent
---

Dalian trains <Fact id="students" ${GLF}
  quote="trains more than 70,000 students each year">more than 70,000 students</Fact> a year.
`;

let checked: Promise<CheckResult> | undefined;

/** The engine's result for the two pages (checked once). */
function checkedFixture(): Promise<CheckResult> {
  checked ??= loadSources(process.cwd()).then((sources) =>
    checkProject({
      sources,
      pages: [
        { path: "content/charts.mdx", text: PAGE },
        { path: "content/talent.mdx", text: OTHER },
      ],
    }),
  );
  return checked;
}

async function factIndex(file = "content/charts.mdx"): Promise<FactIndex> {
  const result = await checkedFixture();
  return { file, facts: result.facts, pageHref };
}

let index: FactIndex;
beforeAll(async () => {
  const result = await checkedFixture();
  // The fixture itself must be clean, or the marks below would be read from unchecked facts.
  expect(
    result.report.findings.filter((f) => f.severity === "error").map((f) => f.message),
  ).toEqual([]);
  index = await factIndex();
});

class Refused extends Error {}

/** A chart as the site draws one the check accepted: attributes read, marks resolved, drawn. */
function chart(attributes: Record<string, unknown>, facts: FactIndex = index): RenderedChart {
  const read = readSpec(attributes);
  if ("problem" in read) throw new Refused(read.problem);
  const resolved = resolveMarks(read.spec, facts);
  if ("problems" in resolved) throw new Refused(resolved.problems.join("\n"));
  return renderChart(resolved.data, 12);
}

function refusal(attributes: Record<string, unknown>): string {
  try {
    chart(attributes);
  } catch (error) {
    expect(error).toBeInstanceOf(Refused);
    return (error as Error).message;
  }
  throw new Error("the chart was drawn, expected it refused");
}

function dom(html: string): Document {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

const REVENUE = {
  title: "Software revenue, then and now",
  description: "Revenue then and now.",
  marks: "revenue-2010 revenue-last-year",
  labels: "2010 | last year",
};

describe("rendering", () => {
  it("gives the SVG a title and a description that name it, and says every value", () => {
    const doc = dom(chart(REVENUE).svg);
    const svg = doc.querySelector("svg")!;
    expect(svg.getAttribute("viewBox")).toMatch(/^0 0 \d+ \d+$/);
    expect(svg.hasAttribute("width")).toBe(false);
    const title = doc.getElementById(svg.getAttribute("aria-labelledby")!);
    const desc = doc.getElementById(svg.getAttribute("aria-describedby")!);
    expect(title?.tagName.toLowerCase()).toBe("title");
    expect(title?.textContent).toBe("Software revenue, then and now");
    expect(desc?.textContent).toBe(
      "Revenue then and now. Values: 2010, US$8.65 billion; last year, US$21.7 billion.",
    );
  });

  it("links each mark, once, to its callout, named by its value", () => {
    const doc = dom(chart(REVENUE).svg);
    const links = [...doc.querySelectorAll("a")].map((a) => [
      a.getAttribute("href"),
      a.getAttribute("aria-label"),
      a.querySelectorAll("rect").length,
    ]);
    expect(links).toEqual([
      ["#revenue-2010", "2010: US$8.65 billion", 1],
      ["#revenue-last-year", "last year: US$21.7 billion", 1],
    ]);
  });

  it("draws bars as long as their values, in proportion", () => {
    const doc = dom(
      chart({
        ...REVENUE,
        marks: "dlsp-sales dlsp-exports revenue-2010",
        labels: "park sales | park exports | city, earlier",
      }).svg,
    );
    const widths = [...doc.querySelectorAll("a rect")].map((r) => Number(r.getAttribute("width")));
    expect(widths).toHaveLength(3);
    const [sales, exports, city] = widths as [number, number, number];
    expect(exports).toBeLessThan(sales);
    expect(sales).toBeLessThan(city);
    expect(exports / sales).toBeCloseTo(1.08 / 4.5, 6);
    expect(city / sales).toBeCloseTo(8.65 / 4.5, 6);
  });

  it("links a mark on another page to that page", () => {
    const doc = dom(
      chart({
        title: "Students",
        description: "Who trains.",
        marks: "talent#students firms",
        labels: "students a year | enterprises",
      }).svg,
    );
    expect([...doc.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
      "/talent/#students",
      "#firms",
    ]);
  });

  it("keeps the source's hedge in what readers see and hear", () => {
    const doc = dom(
      chart({
        title: "Firms",
        description: "Firms and students.",
        marks: "talent#students firms",
        labels: "students a year | enterprises",
      }).svg,
    );
    expect(doc.querySelector('a[href="#firms"]')?.getAttribute("aria-label")).toBe(
      "enterprises: nearly 1,000",
    );
    expect([...doc.querySelectorAll("text")].map((t) => t.textContent)).toContain("nearly 1,000");
  });

  it("gives the data as a table whose values are the facts' figures, each linking to its callout", () => {
    const doc = dom(chart(REVENUE).table);
    const table = doc.querySelector("table")!;
    expect(table.querySelector("caption")?.textContent).toContain("Software revenue, then and now");
    expect([...table.querySelectorAll("thead th")].map((th) => th.getAttribute("scope"))).toEqual([
      "col",
      "col",
    ]);
    const rows = [...table.querySelectorAll("tbody tr")].map((tr) => [
      tr.querySelector("th")?.textContent,
      tr.querySelector("td a")?.textContent,
      tr.querySelector("td a")?.getAttribute("href"),
    ]);
    const facts = new Map(index.facts.map((f) => [f.id, f.fact.text]));
    expect(rows).toEqual([
      ["2010", facts.get("revenue-2010"), "#revenue-2010"],
      ["last year", facts.get("revenue-last-year"), "#revenue-last-year"],
    ]);
  });

  it("holds no script, no style element and no style attribute (the site's CSP forbids them)", () => {
    const { svg, table } = chart({
      ...REVENUE,
      marks: "dlsp-sales dlsp-exports",
      labels: "sales | exports",
    });
    for (const html of [svg, table]) {
      expect(html).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=|javascript:/i);
    }
    expect(svg).not.toMatch(/class="plot-/);
  });

  it("escapes what it writes into the table", () => {
    const doc = dom(
      chart({
        ...REVENUE,
        title: "Sales <b>&</b> exports",
        marks: "dlsp-sales dlsp-exports",
        labels: "sales <i> | exports",
      }).table,
    );
    expect(doc.querySelector("caption")?.textContent).toBe("Sales <b>&</b> exports: the data");
    expect(doc.querySelector("b, i")).toBeNull();
  });
});

describe("refusals", () => {
  it("refuses an unknown fact id, naming the page and what it expected", () => {
    const message = refusal({ ...REVENUE, marks: "revenue-2010 revenue-2011" });
    expect(message).toContain(
      "Unknown fact `revenue-2011` in `marks`, expected the `id` of a `<Fact>` on content/charts.mdx",
    );
    expect(message).toContain('give the callout `id="revenue-2011"`');
  });

  it("refuses a page that does not exist in a mark", () => {
    expect(refusal({ ...REVENUE, marks: "revenue-2010 jobs#students" })).toContain(
      "Unknown page `jobs` in mark `jobs#students`",
    );
  });

  it("refuses a fact without a number, and one with several", () => {
    expect(refusal({ ...REVENUE, marks: "revenue-2010 no-number" })).toContain(
      "Fact `no-number` (`the Dalian Software Park`) has no number, expected exactly one",
    );
    expect(refusal({ ...REVENUE, marks: "revenue-2010 revenue-both" })).toContain(
      "has 2 numbers (`135 billion renminbi`, `US$21.7 billion`), expected exactly one",
    );
  });

  it("refuses marks in different currencies, and marks of different kinds", () => {
    expect(refusal({ ...REVENUE, marks: "revenue-2010 revenue-rmb" })).toContain(
      "Marks mix `USD` (`revenue-2010`) with `CNY` (`revenue-rmb`), expected one currency or unit for every mark",
    );
    expect(refusal({ ...REVENUE, marks: "revenue-2010 firms" })).toContain(
      "Marks mix money (`revenue-2010`) with a count (`firms`), expected marks of one kind",
    );
  });

  it("refuses a year as a bar's value", () => {
    expect(refusal({ ...REVENUE, marks: "revenue-2010 year-2010" })).toContain(
      "Fact `year-2010` is a year (`2010`), expected a quantity",
    );
  });

  it("refuses a label with a number no callout on the page shows, and accepts one that is a callout's figure", () => {
    expect(refusal({ ...REVENUE, labels: "2009 | last year" })).toContain(
      "Label `2009` holds a number no callout on this page shows, expected words only, " +
        "or exactly the figure of a `<Fact>`",
    );
    expect(refusal({ ...REVENUE, labels: "ten years ago | last year" })).toContain(
      "Label `ten years ago` holds a number",
    );
    expect(() => chart(REVENUE)).not.toThrow();
  });

  it("refuses a number in the title or the description", () => {
    expect(refusal({ ...REVENUE, title: "Revenue since 2010" })).toContain(
      "The title `Revenue since 2010` holds a number, expected words only",
    );
    expect(refusal({ ...REVENUE, description: "It grew two-fold." })).toContain(
      "The description `It grew two-fold.` holds a number",
    );
  });

  it("refuses an expression, a missing attribute, an unknown one, and labels that do not match the marks", () => {
    expect(refusal({ ...REVENUE, marks: ["revenue-2010"] })).toContain(
      'Unexpected expression for `marks`, expected a quoted string like `marks="…"`',
    );
    expect(refusal({ title: "T", marks: "revenue-2010", labels: "then" })).toContain(
      "Missing attribute `description`",
    );
    expect(refusal({ ...REVENUE, colour: "red" })).toContain("Unexpected attribute `colour`");
    expect(refusal({ ...REVENUE, labels: "then" })).toContain(
      "Unexpected 1 label for 2 marks, expected one label per mark, separated by `|`",
    );
    expect(refusal({ ...REVENUE, labels: "then | then" })).toContain("Label `then` is given twice");
    expect(
      refusal({ ...REVENUE, labels: "a label far too long to fit on a phone | now" }),
    ).toContain("expected at most 32");
  });
});

describe("the pages' data", () => {
  it("holds each accepted chart with its line and string attributes, and no refused one", async () => {
    const text =
      `${PAGE}\nSome words.\n\n<Chart title="A" description="B" marks="revenue-2010 revenue-last-year" ` +
      `labels="x | y" />\n\n<Chart title="C" description="D" marks={"firms"} labels="y" ` +
      `/>\n`;
    const result = checkProject({
      sources: await loadSources(process.cwd()),
      pages: [{ path: "content/charts.mdx", text }],
    });
    const line = text.split("\n").findIndex((l) => l.includes('title="A"')) + 1;
    expect(siteData(result).charts).toMatchObject([
      {
        page: "/charts/",
        line,
        attributes: {
          title: "A",
          description: "B",
          marks: "revenue-2010 revenue-last-year",
          labels: "x | y",
        },
        data: { marks: [{ factId: "revenue-2010" }, { factId: "revenue-last-year" }] },
      },
    ]);
  });
});

/**
 * The charts README.md proposes for the real pages, over the callouts it says they need: they must
 * draw.
 */
const PROPOSED = `---
title: Proposed
---

Revenues were <Fact id="revenue-last-year" source="great-leap-forward"
  quote="realised revenues of 135 billion renminbi (US$21.7 billion) last year">US$21.7 billion</Fact>
last year,
up from <Fact id="revenue-2010" source="great-leap-forward"
  quote="up from US$8.65 billion in 2010">US$8.65 billion</Fact> in
<Fact id="revenue-2010-year" source="great-leap-forward"
  quote="up from US$8.65 billion in 2010">2010</Fact>.

The park's sales were <Fact id="dlsp-sales" source="great-leap-forward"
  quote="the DLSP generated sales revenues of US$4.5 billion">US$4.5 billion</Fact>
and its exports <Fact id="dlsp-exports" source="great-leap-forward"
  quote="export revenues of US$1.08 billion">US$1.08 billion</Fact>.

Dalian trains <Fact id="students-trained" source="great-leap-forward"
  quote="trains more than 70,000 students each year">more than 70,000 students</Fact> a year;
its higher education adds <Fact id="young-professionals" source="great-leap-forward"
  quote="supplying the market with an extra 10,000 young professionals annually">an extra 10,000 young professionals</Fact>
a year;
NIIT takes in <Fact id="niit-intake" source="great-leap-forward"
  quote="with a current intake of around 1000 students a year">around 1,000 students</Fact> a year.

The Deloitte office had <Fact id="deloitte-staff-then" source="back-office-hub"
  quote="when there were only about 20 staff">about 20 staff</Fact> and has
<Fact id="deloitte-staff-now" source="back-office-hub"
  quote="The office has since expanded to over 200.">over 200</Fact>.
`;

const PROPOSED_CHARTS = [
  {
    title: "Software and outsourcing revenue, then and now",
    description:
      "Revenue of Dalian's software and service outsourcing industry in US dollars, as " +
      "the undated feature gives it: last year is the year before it was written.",
    marks: "revenue-2010 revenue-last-year",
    labels: "2010 | last year",
  },
  {
    title: "Dalian Software Park: sales against exports",
    description:
      "The park's sales revenue and, within it, its export revenue in the same year, in US dollars.",
    marks: "dlsp-sales dlsp-exports",
    labels: "sales revenue | export revenue",
  },
  {
    title: "The talent pipeline, each year",
    description:
      "People a year: students Dalian trains in software skills, young professionals " +
      "its higher education adds, and the intake of NIIT's Dalian centre.",
    marks: "students-trained young-professionals niit-intake",
    labels: "students trained | new young professionals | NIIT's intake",
  },
  {
    title: "Deloitte's Dalian office, then and since",
    description:
      "Staff of the office when Andrew Zhang Qing joined it and since, as the news article gives them.",
    marks: "deloitte-staff-then deloitte-staff-now",
    labels: "when he joined | since",
  },
];

it("draws the charts README.md proposes, over the callouts it names", async () => {
  const sources = await loadSources(process.cwd());
  const result = checkProject({
    sources,
    pages: [{ path: "content/proposed.mdx", text: PROPOSED }],
  });
  expect(
    result.report.findings.filter((f) => f.severity === "error").map((f) => f.message),
  ).toEqual([]);
  const proposed: FactIndex = { file: "content/proposed.mdx", facts: result.facts, pageHref };
  for (const attributes of PROPOSED_CHARTS) {
    const drawn = chart(attributes, proposed);
    expect(dom(drawn.svg).querySelectorAll("a")).toHaveLength(attributes.marks.split(" ").length);
  }
});
