/** Money: a currency written before the figure or after it. */
import { form, opt, role, scan, type Form } from "../grammar.ts";
import type { Numeral } from "../numeral.ts";
import { counts, fromNumeral, hyphen, sign, signAt, SIGN_STARTS } from "./shared.ts";

const MONEY_BEFORE: Form<"measure"> = {
  name: "money before",
  category: "measure",
  reads: "[minus] currency [minus] numeral",
  pattern: [
    sign,
    role("currency", "currency", (r) => r.role === "currency" && r.currency.at !== "after"),
    opt(scan("sign2", signAt, SIGN_STARTS)),
    form("numeral", "n"),
  ],
  build(m) {
    const n = m.value<Numeral>("n");
    if (!counts(n)) return null;
    const c = m.role("currency", "currency")!.currency;
    return fromNumeral(m, n, this.name, "money", {
      unit: c.code,
      unsure: c.why ?? null,
      lone: false,
    });
  },
  examples: [
    ["US$21.7 billion", { value: 21.7e9, kind: "money", unit: "USD" }],
    ["RMB135bn", { value: 135e9, unit: "CNY" }],
    ["$ 75 million", { value: 75e6, unit: "$" }],
    ["€2 million", { value: 2e6, unit: "EUR" }],
    ["-$5", { value: -5, unit: "$" }],
  ],
};

const MONEY_AFTER: Form<"measure"> = {
  name: "money after",
  category: "measure",
  reads: "[minus] numeral [-] currency",
  pattern: [
    sign,
    form("numeral", "n"),
    hyphen,
    role("currency", "currency", (r) => r.role === "currency" && r.currency.at !== "before"),
  ],
  build(m) {
    const n = m.value<Numeral>("n");
    if (!counts(n) || (m.has("hyphen") && m.piece("currency")!.spaced)) return null;
    const c = m.role("currency", "currency")!.currency;
    return fromNumeral(m, n, this.name, "money", {
      unit: c.code,
      unsure: c.why ?? null,
      lone: false,
    });
  },
  examples: [
    ["135 billion renminbi", { value: 135e9, kind: "money", unit: "CNY" }],
    ["five million yen", { value: 5e6, unit: "JPY" }],
    ["50 cents", { value: 50, unit: "¢" }],
    ["470 pence", { value: 470, unit: "GBX" }],
    ["10 €", { value: 10, unit: "EUR" }],
    ["a 12-cent dividend", { value: 12, unit: "¢" }],
  ],
};

export const MONEY: readonly Form<"measure">[] = [MONEY_BEFORE, MONEY_AFTER];
