/** Where in the page a part of a `<Derived>` stands, for findings. */
import type { DerivedResult } from "../derived/resolve.ts";
import { rangeOf } from "../mdx/text-offsets.ts";

/** The page offset of `index` in the formula's value (after `formula="`). */
export function formulaOffset({ derived }: DerivedResult, index: number): number {
  const at = derived.attributeOffsets.formula;
  return at === undefined ? derived.start : at + 'formula="'.length + index;
}

/** The page range of the figure's number, or of the whole element. */
export function figurePlace({ derived, figure }: DerivedResult): {
  offset: number;
  endOffset: number;
} {
  return figure
    ? rangeOf(derived.placed, figure.start, figure.end, derived.start)
    : { offset: derived.start, endOffset: derived.end };
}
