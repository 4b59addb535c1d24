/** Every check, in one list: the runner calls them in this order. */
import type { FactCheck, PageCheck } from "./types.ts";
import { factAttributes } from "./fact-attributes.ts";
import { unknownSource } from "./unknown-source.ts";
import { quoteTooShort } from "./quote-too-short.ts";
import { figureSplit } from "./figure-split.ts";
import { quoteNotFound } from "./quote-not-found.ts";
import { quoteAmbiguous } from "./quote-ambiguous.ts";
import { numberUnreadable } from "./number-unreadable.ts";
import { numberMismatch } from "./number-mismatch.ts";
import { qualifierDropped } from "./qualifier-dropped.ts";
import { rounding } from "./rounding.ts";
import { duplicateFactId } from "./duplicate-fact-id.ts";
import { uncitedNumber } from "./uncited-number.ts";

export const FACT_CHECKS: readonly FactCheck[] = [
  factAttributes, unknownSource, quoteTooShort, quoteNotFound, quoteAmbiguous, figureSplit, numberUnreadable, numberMismatch,
  qualifierDropped, rounding,
];

export const PAGE_CHECKS: readonly PageCheck[] = [duplicateFactId, uncitedNumber];

export type { FactCheck, PageCheck, PageResult, Environment } from "./types.ts";
