import { imagesForBalance } from "./balance";
import { creditsPerImage, isOffered } from "./quote";
import type { PriceSchedule } from "./priceSchedule";
import type { PriceInput } from "./input";
import { hundredths, roundHalfUpDiv, type Hundredths } from "./units";

/** What one schedule charges for the settings, or that it did not offer them. */
export type ScheduleQuote =
  | { readonly schedule: PriceSchedule; readonly offered: false }
  | {
      readonly schedule: PriceSchedule;
      readonly offered: true;
      readonly perImage: Hundredths;
      readonly total: Hundredths;
      /** Images the balance buys. */
      readonly images: number;
      /** Against the first schedule's price per image, in whole per cent; null where it did not offer them. */
      readonly change: number | null;
    };

/**
 * The same settings priced by every schedule, the first being the reference for the change in
 * per cent. A schedule that did not offer the steps or sizes says so rather than price them.
 */
export function compareSchedules(schedules: readonly PriceSchedule[], settings: PriceInput): ScheduleQuote[] {
  const price = (schedule: PriceSchedule) => (isOffered(schedule, settings) ? creditsPerImage(schedule, settings) : null);
  const reference = schedules[0] ? price(schedules[0]) : null;
  return schedules.map((schedule) => {
    const perImage = price(schedule);
    if (perImage === null) return { schedule, offered: false };
    return {
      schedule,
      offered: true,
      perImage,
      total: hundredths(perImage * settings.count),
      images: imagesForBalance(settings.balance, perImage, 1).images,
      change: reference === null ? null : roundHalfUpDiv((perImage - reference) * 100, reference),
    };
  });
}
