import type { Hundredths } from "./units";

/** What the engine prices: one generation's settings, and the balance that pays for it. */
export interface Settings {
  readonly steps: number;
  readonly width: number;
  readonly height: number;
  /** Images per generation. */
  readonly count: number;
  readonly balance: Hundredths;
  /** Images the reader plans to buy at these settings. */
  readonly wanted: number;
}

/** Whole numbers from `min` to `max` in multiples of `step`. */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}
