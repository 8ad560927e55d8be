import type { Settings } from "./limits";
import type { PriceSchedule, PublishedSize } from "./schedule";
import { hundredths, HUNDREDTHS_PER_CREDIT, roundHalfUpDiv, type Hundredths } from "./units";

type Size = Pick<Settings, "width" | "height">;
type Point = Pick<Settings, "steps" | "width" | "height">;

/** An exact price as a fraction of whole numbers in lowest terms, in credits. */
export interface ExactCredits {
  readonly numerator: number;
  readonly denominator: number;
}

interface Anchor {
  readonly pixels: number;
  /** Cost at the schedule's reference steps, in units of the printed table (tenths). */
  readonly base: number;
}

function gcd(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : gcd(b, a % b);
}

function reduced(numerator: number, denominator: number): ExactCredits {
  const divisor = gcd(numerator, denominator) || 1;
  return { numerator: numerator / divisor, denominator: denominator / divisor };
}

const anchorCache = new WeakMap<PriceSchedule, readonly Anchor[]>();

function tableScale(schedule: PriceSchedule): number {
  return 10 ** schedule.decimals;
}

function anchorsOf(schedule: PriceSchedule): readonly Anchor[] {
  const cached = anchorCache.get(schedule);
  if (cached) return cached;
  const row = schedule.credits[schedule.steps.indexOf(schedule.referenceSteps)];
  if (!row) throw new Error(`${schedule.id} has no row at ${schedule.referenceSteps} steps`);
  const anchors = schedule.sizes
    .map((size, column) => ({
      pixels: size.width * size.height,
      base: Math.round((row[column] ?? Number.NaN) * tableScale(schedule)),
    }))
    .sort((a, b) => a.pixels - b.pixels);
  anchorCache.set(schedule, anchors);
  return anchors;
}

/** The column of a published size; a size and its transpose share one. */
export function publishedColumn(schedule: PriceSchedule, size: Size): number {
  return schedule.sizes.findIndex(
    (s: PublishedSize) =>
      (s.width === size.width && s.height === size.height) ||
      (s.width === size.height && s.height === size.width),
  );
}

export function publishedRow(schedule: PriceSchedule, steps: number): number {
  return schedule.steps.indexOf(steps);
}

/** The figure the table prints for these settings, or null when they fall between cells. */
export function publishedCredits(schedule: PriceSchedule, point: Point): number | null {
  const row = schedule.credits[publishedRow(schedule, point.steps)];
  return row?.[publishedColumn(schedule, point)] ?? null;
}

/**
 * The exact cost of one image: proportional to steps, and piecewise linear in pixels
 * between the published sizes (which is what every cell of the 2022 table satisfies).
 * Sizes outside the published pixel range are priced at the nearest end.
 */
export function exactCreditsPerImage(schedule: PriceSchedule, point: Point): ExactCredits {
  const anchors = anchorsOf(schedule);
  const first = anchors[0];
  const last = anchors[anchors.length - 1];
  if (!first || !last) throw new Error(`${schedule.id} has no sizes`);
  const pixels = Math.min(last.pixels, Math.max(first.pixels, point.width * point.height));
  const upper = anchors.findIndex((a) => a.pixels >= pixels);
  const hi = anchors[upper] ?? last;
  const lo = anchors[upper - 1] ?? hi;
  const span = hi.pixels - lo.pixels;
  const denominatorPerStep = schedule.referenceSteps * tableScale(schedule);
  if (span === 0) {
    return reduced(hi.base * point.steps, denominatorPerStep);
  }
  const base = lo.base * span + (hi.base - lo.base) * (pixels - lo.pixels);
  return reduced(base * point.steps, span * denominatorPerStep);
}

/**
 * Credits per image as the page states and charges them: the exact cost rounded half-up to
 * the hundredth, the precision DreamStudio showed. Every published cell is a whole number
 * of hundredths already, so this is exact there; totals, dollars and balances are then
 * whole multiples of it, and every figure on the page multiplies out.
 */
export function creditsPerImage(schedule: PriceSchedule, point: Point): Hundredths {
  const exact = exactCreditsPerImage(schedule, point);
  return hundredths(roundHalfUpDiv(exact.numerator * HUNDREDTHS_PER_CREDIT, exact.denominator));
}

export function totalCredits(perImage: Hundredths, count: number): Hundredths {
  return hundredths(perImage * count);
}

/** What one set of settings costs. */
export interface Cost {
  readonly perImage: Hundredths;
  readonly total: Hundredths;
  /** The table's printed figure when the settings are a published cell, else null. */
  readonly published: number | null;
}

export function quoteCost(schedule: PriceSchedule, settings: Settings): Cost {
  const perImage = creditsPerImage(schedule, settings);
  return {
    perImage,
    total: totalCredits(perImage, settings.count),
    published: publishedCredits(schedule, settings),
  };
}

const extremesCache = new WeakMap<PriceSchedule, { low: Hundredths; high: Hundredths }>();

/** The cheapest and dearest published cells: the ends of the heatmap's colour scale. */
export function priceExtremes(schedule: PriceSchedule): { low: Hundredths; high: Hundredths } {
  const cached = extremesCache.get(schedule);
  if (cached) return cached;
  const prices = schedule.steps.flatMap((steps) =>
    schedule.sizes.map((size) => creditsPerImage(schedule, { steps, ...size })),
  );
  const extremes = { low: hundredths(Math.min(...prices)), high: hundredths(Math.max(...prices)) };
  extremesCache.set(schedule, extremes);
  return extremes;
}
