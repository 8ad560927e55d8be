// A price schedule is data: what a period's published table printed, and the model that prices
// any setting in its range. Plain and serialisable, so that a schedule could come from a file
// (./validate reads one from an unknown value).

/** Whole numbers from `min` to `max` in multiples of `step`. */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** One published image size: a column of a price table. */
export interface PublishedSize {
  readonly width: number;
  readonly height: number;
}

/** How a schedule's printed figures were rounded from its model's exact prices. */
export type Rounding =
  /** To `decimals` places, halves up. */
  | { readonly rule: "half-up"; readonly decimals: number }
  /** To `first` places, halves up, then up (a ceiling) to `decimals` places. */
  | { readonly rule: "half-up-then-up"; readonly first: number; readonly decimals: number };

/** The prices a schedule's source printed: rows of steps by columns of sizes. */
export interface PublishedGrid {
  readonly steps: readonly number[];
  readonly sizes: readonly PublishedSize[];
  /** cells[row][column] as printed, "0.5" or "0.50" alike: rows follow `steps`, columns `sizes`. */
  readonly cells: readonly (readonly string[])[];
  readonly rounding: Rounding;
}

/** How a schedule prices any setting in its range, in credits per image. */
export type PriceModel =
  /**
   * Proportional to steps, and piecewise linear in pixels between the published sizes, through
   * the row at `referenceSteps`. What every cell of the 2022 table satisfies; no source states
   * it, so prices off the published cells are estimates.
   */
  | { readonly kind: "table-interpolation"; readonly referenceSteps: number }
  /** (width × height − pixelOffset) × steps / stepsDivisor × rate, as Stability published it. */
  | {
      readonly kind: "pixel-formula";
      readonly pixelOffset: number;
      readonly stepsDivisor: number;
      /** A decimal, as written in the source: "2.16e-6". */
      readonly rate: string;
    }
  /**
   * Fixed prices at some step counts, else multiplier × (c0 + c1 × steps + c2 × steps² …).
   * The size does not change the price.
   */
  | {
      readonly kind: "step-polynomial";
      readonly fixed: readonly (readonly [steps: number, credits: string])[];
      readonly multiplier: number;
      readonly coefficients: readonly string[];
    };

export interface ScheduleSource {
  /** What the source is, in a short phrase. */
  readonly title: string;
  /** Where a reader can see it, when it is public. */
  readonly url?: string;
}

export interface PriceSchedule {
  readonly id: string;
  readonly name: string;
  /** When it applied, briefly, for a list of schedules: "from December 2022". */
  readonly period: string;
  /** When it applied, in full: "from 1 December 2022 to at least August 2023". */
  readonly dates: string;
  readonly sources: readonly ScheduleSource[];
  readonly ranges: { readonly steps: NumberRange; readonly side: NumberRange };
  /** Credits a new account got. */
  readonly freeCredits: number;
  /** DreamStudio's default settings in this period. */
  readonly defaults: { readonly steps: number; readonly width: number; readonly height: number };
  readonly grid: PublishedGrid;
  readonly model: PriceModel;
  /** What a reader should know about the figures: quirks of the source, shown as written. */
  readonly notes: readonly string[];
}
