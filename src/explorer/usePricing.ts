import { useMemo } from "react";
import { DREAMSTUDIO_2022, type PriceSchedule, type Settings } from "../pricing";

/** The schedule the explorer prices with. Prices come from here, never from the URL or props. */
export const SCHEDULE = DREAMSTUDIO_2022;

/**
 * One of the engine's answers for the settings (`quoteCost`, `quoteSettings`, `priceGrid`),
 * recomputed only when a setting changes, not when the state object around them does.
 */
export function usePriced<T>(
  price: (schedule: PriceSchedule, settings: Settings) => T,
  { steps, width, height, count, balance }: Settings,
): T {
  return useMemo(
    () => price(SCHEDULE, { steps, width, height, count, balance }),
    [price, steps, width, height, count, balance],
  );
}
