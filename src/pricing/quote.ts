import { fromDecimal, plus, rational, times, type Rational } from "./rational";
import type { PriceSchedule, PublishedSize, Rounding } from "./priceSchedule";
import type { PriceInput } from "./input";
import { floorDiv, hundredths, HUNDREDTHS_PER_CREDIT, roundHalfUpDiv, type Hundredths } from "./units";

type Size = Pick<PriceInput, "width" | "height">;
type Point = Pick<PriceInput, "steps" | "width" | "height">;

/** Where a price comes from: a cell the source printed, the source's formula, or our estimate. */
export type Basis = "published" | "formula" | "estimate";

/** Whether a schedule's price ignores the image size (SDXL 1.0). */
export function ignoresSize(schedule: PriceSchedule): boolean {
  return schedule.model.kind === "step-polynomial";
}

/** The published grid's row for a step count, or -1. */
export function publishedRowIndex(schedule: PriceSchedule, steps: number): number {
  return schedule.grid.steps.indexOf(steps);
}

/**
 * The published grid's column for a size, or -1: the size's own column, else its transpose's
 * (the 2022 table prints 512 × 768 for 768 × 512 too). Any size, where the size is not priced.
 */
export function publishedColumnIndex(schedule: PriceSchedule, { width, height }: Size): number {
  if (ignoresSize(schedule)) return 0;
  const { sizes } = schedule.grid;
  const own = sizes.findIndex((s: PublishedSize) => s.width === width && s.height === height);
  return own >= 0 ? own : sizes.findIndex((s) => s.width === height && s.height === width);
}

/** The figure the source prints for these settings, as printed ("0.5", "0.50"), or null. */
export function publishedCell(schedule: PriceSchedule, point: Point): string | null {
  const row = schedule.grid.cells[publishedRowIndex(schedule, point.steps)];
  return row?.[publishedColumnIndex(schedule, point)] ?? null;
}

interface Anchor {
  readonly pixels: number;
  /** Credits at the reference steps, exactly as printed. */
  readonly credits: Rational;
}

const anchorCache = new WeakMap<PriceSchedule, readonly Anchor[]>();

/** The reference row of an interpolated table: its credits by pixel count, ascending. */
function anchorsOf(schedule: PriceSchedule, referenceSteps: number): readonly Anchor[] {
  const cached = anchorCache.get(schedule);
  if (cached) return cached;
  const row = schedule.grid.cells[publishedRowIndex(schedule, referenceSteps)];
  if (!row) throw new Error(`${schedule.id} prints no row at ${referenceSteps} steps`);
  const anchors = schedule.grid.sizes
    .map((size, column) => ({ pixels: size.width * size.height, credits: fromDecimal(row[column] ?? "") }))
    .sort((a, b) => a.pixels - b.pixels);
  anchorCache.set(schedule, anchors);
  return anchors;
}

/** Linear between the two anchors around `pixels`; the nearest end outside them. */
function interpolate(anchors: readonly Anchor[], pixels: number): Rational {
  const upper = anchors.findIndex((a) => a.pixels >= pixels);
  const hi = anchors[upper] ?? anchors[anchors.length - 1];
  const lo = anchors[upper - 1] ?? hi;
  if (!hi || !lo) throw new Error("a table with no sizes");
  if (hi === lo || pixels >= hi.pixels) return hi.credits;
  // lo + (hi − lo) × (pixels − lo.pixels) / (hi.pixels − lo.pixels)
  const span = hi.pixels - lo.pixels;
  const rise = plus(hi.credits, times(lo.credits, rational(-1)));
  return plus(lo.credits, times(rise, rational(pixels - lo.pixels, span)));
}

function polynomial(coefficients: readonly string[], steps: number): Rational {
  return coefficients.reduce((sum, c, power) => plus(sum, times(fromDecimal(c), rational(steps ** power))), rational(0));
}

/** The exact cost of one image in credits, by the schedule's model. */
export function exactCreditsPerImage(schedule: PriceSchedule, point: Point): Rational {
  const { model } = schedule;
  switch (model.kind) {
    case "table-interpolation": {
      const atReference = interpolate(anchorsOf(schedule, model.referenceSteps), point.width * point.height);
      return times(atReference, rational(point.steps, model.referenceSteps));
    }
    case "pixel-formula": {
      const pixelSteps = rational((point.width * point.height - model.pixelOffset) * point.steps, model.stepsDivisor);
      return times(pixelSteps, fromDecimal(model.rate));
    }
    case "step-polynomial": {
      const fixed = model.fixed.find(([steps]) => steps === point.steps);
      if (fixed) return fromDecimal(fixed[1]);
      return times(rational(model.multiplier), polynomial(model.coefficients, point.steps));
    }
  }
}

/**
 * Credits per image as the page states and charges them: the exact cost rounded half-up to the
 * hundredth of a credit, the precision DreamStudio and Stability's calculator showed. Totals,
 * dollars and balances are then whole multiples of it, and every figure multiplies out.
 */
export function creditsPerImage(schedule: PriceSchedule, point: Point): Hundredths {
  const exact = exactCreditsPerImage(schedule, point);
  return hundredths(roundHalfUpDiv(exact.numerator * HUNDREDTHS_PER_CREDIT, exact.denominator));
}

/** An exact price rounded as a source printed it, in units of its last printed decimal. */
export function roundAsPrinted(exact: Rational, rounding: Rounding): number {
  const { numerator, denominator } = exact;
  switch (rounding.rule) {
    case "half-up":
      return roundHalfUpDiv(numerator * 10 ** rounding.decimals, denominator);
    case "half-up-then-up": {
      const first = roundHalfUpDiv(numerator * 10 ** rounding.first, denominator);
      const step = 10 ** (rounding.first - rounding.decimals);
      return floorDiv(first + step - 1, step);
    }
  }
}

/** Whether settings lie within a schedule's ranges: steps and sides it offered. */
export function isOffered(schedule: PriceSchedule, point: Point): boolean {
  const { steps, side } = schedule.ranges;
  const within = (value: number, range: { min: number; max: number; step: number }) =>
    value >= range.min && value <= range.max && value % range.step === 0;
  return within(point.steps, steps) && within(point.width, side) && within(point.height, side);
}

/** What one set of settings costs. */
export interface Cost {
  readonly perImage: Hundredths;
  readonly total: Hundredths;
  /** The source's printed figure when the settings are a published cell, else null. */
  readonly published: string | null;
  readonly basis: Basis;
}

export function quoteCost(schedule: PriceSchedule, settings: PriceInput): Cost {
  const perImage = creditsPerImage(schedule, settings);
  const published = publishedCell(schedule, settings);
  const basis = published !== null ? "published" : schedule.model.kind === "table-interpolation" ? "estimate" : "formula";
  return { perImage, total: hundredths(perImage * settings.count), published, basis };
}
