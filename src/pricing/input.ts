import type { Hundredths } from "./units";

/**
 * What the engine prices: one generation's settings, and the balance that pays for it. The
 * explorer's settings table (src/settings/settings.ts) marks these settings as priced, and a type
 * check there fails if the two ever differ.
 */
export interface PriceInput {
  readonly steps: number;
  readonly width: number;
  readonly height: number;
  /** Images per generation. */
  readonly count: number;
  readonly balance: Hundredths;
  /** Images the reader plans to buy at these settings. */
  readonly wanted: number;
}
