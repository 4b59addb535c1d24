/** Every form of the number reader's table reads its own examples (`src/facts/numbers/forms/`). */
import { describe, expect, it } from "vitest";
import { FORMS } from "../src/facts/numbers/forms/index.ts";
import { readText } from "../src/facts/numbers/read.ts";

const cases = FORMS.flatMap((form) =>
  form.examples.map(([text, expected]) => ({ form: form.name, text, expected })),
);

describe("the table of forms", () => {
  it("gives every form a name of its own and at least one example", () => {
    const names = FORMS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const form of FORMS) expect(form.examples.length, form.name).toBeGreaterThan(0);
  });

  it.each(cases)("$form reads $text", ({ text, expected }) => {
    const reading = readText(text);
    if (expected.unsure === true) {
      expect(reading.numbers).toEqual([]);
      expect(reading.unsure.length).toBeGreaterThan(0);
      return;
    }
    expect(reading.unsure).toEqual([]);
    const [n] = reading.numbers;
    expect(n, `a number in ${text}`).toBeDefined();
    const actual = Object.fromEntries(
      Object.keys(expected).map((k) => [k, (n as unknown as Record<string, unknown>)[k]]),
    );
    const close = Object.fromEntries(
      Object.entries(expected).map(([k, v]) => [
        k,
        typeof v === "number" ? expect.closeTo(v, 9) : v,
      ]),
    );
    expect(actual).toEqual(close);
  });
});
