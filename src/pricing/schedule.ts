/** One published image size: a column of the price table. */
export interface PublishedSize {
  readonly width: number;
  readonly height: number;
}

/**
 * A price schedule is data: the published table, and the rule that the cost per image is
 * proportional to steps and piecewise linear in pixels between the published sizes. A
 * later era's schedule is another constant of this shape; the maths does not change.
 */
export interface PriceSchedule {
  readonly id: string;
  readonly name: string;
  /** Decimals the table is printed with. */
  readonly decimals: number;
  /** The row whose figures anchor the interpolation over pixels. */
  readonly referenceSteps: number;
  readonly steps: readonly number[];
  readonly sizes: readonly PublishedSize[];
  /** credits[row][column], as printed: rows follow `steps`, columns follow `sizes`. */
  readonly credits: readonly (readonly number[])[];
}

/** DreamStudio "Credits + Billing", 2022 (docs/source/credits-and-billing.md). */
export const DREAMSTUDIO_2022: PriceSchedule = {
  id: "dreamstudio-2022",
  name: "DreamStudio, 2022",
  decimals: 1,
  referenceSteps: 50,
  steps: [10, 25, 50, 75, 100, 150],
  sizes: [
    { width: 512, height: 512 },
    { width: 512, height: 768 },
    { width: 512, height: 1024 },
    { width: 768, height: 768 },
    { width: 768, height: 1024 },
    { width: 1024, height: 1024 },
  ],
  credits: [
    [0.2, 0.5, 0.8, 0.9, 1.3, 1.9],
    [0.5, 1.2, 1.9, 2.3, 3.3, 4.7],
    [1.0, 2.4, 3.8, 4.6, 6.6, 9.4],
    [1.5, 3.6, 5.7, 6.9, 9.9, 14.1],
    [2.0, 4.8, 7.6, 9.2, 13.2, 18.8],
    [3.0, 7.2, 11.4, 13.8, 19.8, 28.2],
  ],
};
