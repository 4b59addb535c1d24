/** The output formats of the check, by name. */
import type { Finding } from "../diagnostics.ts";
import { stylish } from "./stylish.ts";
import { json } from "./json.ts";
import { github } from "./github.ts";

export type FormatName = "stylish" | "json" | "github";

export const FORMATS: Record<
  FormatName,
  (findings: readonly Finding[], texts: ReadonlyMap<string, string>) => string
> = {
  stylish,
  json: (findings) => json(findings),
  github: (findings) => github(findings),
};
