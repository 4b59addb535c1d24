/**
 * What a contributor writes: `<Chart title="…" description="…" marks="a b" labels="A | B" />`,
 * every attribute a plain string. This module reads those strings; it knows no facts.
 */

/** The attributes a `<Chart>` accepts, and which of them it needs. */
export const CHART_ATTRIBUTES = ["title", "description", "marks", "labels"] as const;

/** Longest label that fits one line of the chart at its narrowest. */
export const MAX_LABEL = 32;

export interface ChartSpec {
  title: string;
  description: string;
  /**
   * Fact references, one per mark: `id` (a callout on this page) or `page#id` (a callout on
   * content/page.mdx).
   */
  marks: string[];
  /** One label per mark, as readers see it. */
  labels: string[];
}

/** Reads a chart's attributes into a spec, or says what is wrong with them. */
export function readSpec(
  attributes: Record<string, unknown>,
): { spec: ChartSpec } | { problem: string } {
  for (const name of Object.keys(attributes)) {
    if (!(CHART_ATTRIBUTES as readonly string[]).includes(name)) {
      return {
        problem:
          `Unexpected attribute \`${name}\`, expected one of ` +
          `${CHART_ATTRIBUTES.map((a) => `\`${a}\``).join(", ")}`,
      };
    }
  }
  for (const name of CHART_ATTRIBUTES) {
    const value = attributes[name];
    if (value === undefined)
      return { problem: `Missing attribute \`${name}\`, expected \`${name}="…"\`` };
    // An `{…}` expression computes what readers see: the check could not read it.
    if (typeof value !== "string")
      return {
        problem:
          `Unexpected ${value === null ? "attribute without a value" : "expression"} for ` +
          `\`${name}\`, expected a quoted string like \`${name}="…"\``,
      };
    if (value.trim() === "")
      return {
        problem: `Empty attribute \`${name}\`, expected ${name === "marks" ? "fact ids" : "words"}`,
      };
  }
  const get = (name: (typeof CHART_ATTRIBUTES)[number]) => (attributes[name] as string).trim();
  const marks = get("marks").split(/\s+/);
  const labels = get("labels")
    .split("|")
    .map((l) => l.trim().replace(/\s+/g, " "));
  if (labels.length !== marks.length) {
    return {
      problem:
        `Unexpected ${labels.length} ${labels.length === 1 ? "label" : "labels"} for ` +
        `${marks.length} marks, expected one label per mark, separated by \`|\``,
    };
  }
  if (labels.some((l) => l === ""))
    return { problem: "Empty label in `labels`, expected words between each `|`" };
  const long = labels.find((l) => l.length > MAX_LABEL);
  if (long)
    return {
      problem:
        `Label \`${long}\` has ${long.length} characters, expected at most ${MAX_LABEL} ` +
        `so that it fits a phone's width`,
    };
  const twice = labels.find((l, k) => labels.indexOf(l) !== k);
  if (twice)
    return {
      problem: `Label \`${twice}\` is given twice, expected each mark to have its own label`,
    };
  const again = marks.find((m, k) => marks.indexOf(m) !== k);
  if (again) return { problem: `Mark \`${again}\` is named twice, expected each fact once` };
  return { spec: { title: get("title"), description: get("description"), marks, labels } };
}
