/** A chart the build refuses to draw: where it is, and every reason. */

export interface ChartPlace {
  /** The page, relative to the project root. */
  file: string;
  /** 1-based, when the chart was found in the page's text. */
  line?: number;
  column?: number;
}

export class ChartError extends Error {
  readonly place: ChartPlace;
  readonly problems: string[];

  constructor(place: ChartPlace, problems: string[]) {
    const at = `${place.file}${place.line ? `:${place.line}:${place.column ?? 1}` : ""}`;
    super(
      `${at}: \`<Chart>\` cannot be drawn from checked facts:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "ChartError";
    this.place = place;
    this.problems = problems;
  }
}
