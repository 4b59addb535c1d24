import { expect, it } from "vitest";
import * as engine from "../src/facts/index.ts";

it("the engine's public API is exactly this list (a change here is a decision)", () => {
  expect(Object.keys(engine).sort()).toEqual([
    "CHART",
    "CODE_DOCS",
    "DERIVED",
    "FACT",
    "FORMATS",
    "NOT_A_CLAIM",
    "calloutIds",
    "checkCorrectionsLog",
    "checkPages",
    "checkProject",
    "cite",
    "coverage",
    "extractPageText",
    "factAttributesSchema",
    "loadPages",
    "loadProject",
    "loadSources",
    "locateQuote",
    "newRun",
    "normalize",
    "pageChecker",
    "parseMdx",
    "passesAlone",
    "prepareSources",
    "readNumbers",
    "readText",
    "sourceMetaSchema",
    "summary",
  ]);
});
