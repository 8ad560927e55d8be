// The pricing engine: pure functions over a price schedule. Deliberately free of React, so
// that it can be tested cell by cell against the published table. The grid of the heatmap
// and chart (./grid) and the balance (./balance, ./quoteSettings) are imported directly, so
// that they load with those parts, after first paint.
export { balanceFromCredits, balanceFromDecimal, parsePlainNumber } from "./decimal";
export { DEFAULT_SETTINGS, LIMITS } from "./limits";
export type { Settings } from "./limits";
export {
  creditsPerImage,
  exactCreditsPerImage,
  priceExtremes,
  publishedColumn,
  quoteCost,
  publishedCredits,
  publishedRow,
  totalCredits,
} from "./quote";
export type { Cost, ExactCredits } from "./quote";
export { DREAMSTUDIO_2022 } from "./schedule";
export type { PriceSchedule, PublishedSize } from "./schedule";
export { clampBalance, clampCount, clampSide, clampSteps, normalizeSettings } from "./settings";
export {
  cents,
  creditsBoughtBy,
  floorDiv,
  hundredths,
  roundHalfUpDiv,
  toCredits,
  toDollars,
} from "./units";
export type { Cents, Hundredths } from "./units";
