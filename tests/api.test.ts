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
    "Report",
    "checkPageTree",
    "checkProject",
    "cite",
    "coverage",
    "decodeResult",
    "encodeResult",
    "factAttributesSchema",
    "factElements",
    "loadPages",
    "loadProject",
    "loadSources",
    "locateQuote",
    "normalize",
    "parseMdx",
    "prepareSources",
    "readNumbers",
    "readText",
    "sourceMetaSchema",
  ]);
});
