/** Every check, in one list: the runner calls them in this order. */
import type {
  ChartCheck,
  CorrectionCheck,
  DerivedCheck,
  FactCheck,
  PageCheck,
  SiteCheck,
} from "./types.ts";
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
import { claim } from "./claim.ts";
import { numberAmbiguous } from "./number-ambiguous.ts";
import { claimItem } from "./claim-item.ts";
import { claimBorrowedYear } from "./claim-borrowed-year.ts";
import { textLookalike } from "./text-lookalike.ts";
import { duplicateFactId } from "./duplicate-fact-id.ts";
import { uncitedNumber } from "./uncited-number.ts";
import { derivedAttributes } from "./derived-attributes.ts";
import { derivedFigure } from "./derived-figure.ts";
import { derivedFormula } from "./derived-formula.ts";
import { derivedInputs } from "./derived-inputs.ts";
import { derivedUnits } from "./derived-units.ts";
import { derivedResult } from "./derived-result.ts";
import { derivedQualifier } from "./derived-qualifier.ts";
import { chart } from "./chart.ts";
import { linkTargetNotFound } from "./link-target.ts";
import { correctionDuplicateId } from "./correction-duplicate-id.ts";
import { correctionUnknownPage } from "./correction-unknown-page.ts";

export const FACT_CHECKS: readonly FactCheck[] = [
  factAttributes,
  unknownSource,
  quoteTooShort,
  quoteNotFound,
  quoteAmbiguous,
  figureSplit,
  numberUnreadable,
  numberMismatch,
  qualifierDropped,
  rounding,
  claim,
  numberAmbiguous,
  claimItem,
];

export const PAGE_CHECKS: readonly PageCheck[] = [
  duplicateFactId,
  uncitedNumber,
  textLookalike,
  claimBorrowedYear,
];

/**
 * Checks of `<Derived>` figures, run once every page's callouts are resolved (a formula may name a
 * callout of another page).
 */
export const DERIVED_CHECKS: readonly DerivedCheck[] = [
  derivedAttributes,
  derivedFigure,
  derivedFormula,
  derivedInputs,
  derivedUnits,
  derivedResult,
  derivedQualifier,
];

/** Checks of `<Chart>`s, run last: a mark draws a callout of any page, and only a checked one. */
export const CHART_CHECKS: readonly ChartCheck[] = [chart];

/** Checks of what pages say about the site, run once every page's ids are known: links. */
export const SITE_CHECKS: readonly SiteCheck[] = [linkTargetNotFound];

/** Checks of the corrections log's valid entries, run once every page is known. */
export const CORRECTION_CHECKS: readonly CorrectionCheck[] = [
  correctionDuplicateId,
  correctionUnknownPage,
];

export type {
  ChartCheck,
  CorrectionCheck,
  DerivedCheck,
  FactCheck,
  PageCheck,
  PageResult,
  Environment,
  SiteCheck,
} from "./types.ts";
