/**
 * Multiples, in one place: a word that states one ("twice", "doubled", "fivefold"), a numeral with
 * "-fold", and a numeral with "times" or an "x" stuck to it. The words are in the vocabulary.
 */
import { form, opt, role, type Form } from "../grammar.ts";
import { measure, type Numeral } from "../numeral.ts";
import { counts, fromNumeral, hyphen } from "./shared.ts";

const MULTIPLE_WORD: Form<"measure"> = {
  name: "multiple word",
  category: "measure",
  reads: "[a] (twice | doubled | tripled | halved | fivefold | hundredfold…)",
  pattern: [opt(role("article")), role("multiple")],
  build(m) {
    return measure(this.name, "multiple", m.role("multiple", "multiple")!.value);
  },
  examples: [
    ["twice", { value: 2, kind: "multiple" }],
    ["tripled", { value: 3, kind: "multiple" }],
    ["a hundredfold", { value: 100, kind: "multiple" }],
    ["fivefold", { value: 5 }],
  ],
};

const MULTIPLE_FOLD: Form<"measure"> = {
  name: "multiple fold",
  category: "measure",
  reads: "numeral [-] fold",
  pattern: [form("numeral", "n"), hyphen, role("fold")],
  build(m) {
    const n = m.value<Numeral>("n");
    if (!n || n.kind !== "cardinal") return null;
    return fromNumeral(m, n, this.name, "multiple", { lone: false, scale: 1 });
  },
  examples: [
    ["five-fold", { value: 5, kind: "multiple" }],
    ["5-fold", { value: 5, kind: "multiple" }],
  ],
};

const MULTIPLE_TIMES: Form<"measure"> = {
  name: "multiple times",
  category: "measure",
  reads: "numeral times, or digits with x stuck to them (5x)",
  pattern: [form("numeral", "n"), role("times")],
  build(m) {
    const n = m.value<Numeral>("n");
    const times = m.piece("times")!;
    if (!counts(n) || (times.lower === "times" && !times.spaced)) return null;
    return fromNumeral(m, n, this.name, "multiple", { lone: false, scale: 1 });
  },
  examples: [
    ["5 times", { value: 5, kind: "multiple" }],
    ["2.5 times", { value: 2.5 }],
    ["5x", { value: 5, kind: "multiple" }],
  ],
};

export const MULTIPLES: readonly Form<"measure">[] = [MULTIPLE_WORD, MULTIPLE_FOLD, MULTIPLE_TIMES];
