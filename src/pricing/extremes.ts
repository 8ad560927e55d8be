import { creditsPerImage } from "./quote";
import type { PriceSchedule } from "./priceSchedule";
import { hundredths, type Hundredths } from "./units";

const extremesCache = new WeakMap<PriceSchedule, { low: Hundredths; high: Hundredths }>();

/** The cheapest and dearest published cells: the ends of the heatmap's colour scale. */
export function priceExtremes(schedule: PriceSchedule): { low: Hundredths; high: Hundredths } {
  const cached = extremesCache.get(schedule);
  if (cached) return cached;
  const prices = schedule.grid.steps.flatMap((steps) =>
    schedule.grid.sizes.map((size) => creditsPerImage(schedule, { steps, ...size })),
  );
  const extremes = { low: hundredths(Math.min(...prices)), high: hundredths(Math.max(...prices)) };
  extremesCache.set(schedule, extremes);
  return extremes;
}
