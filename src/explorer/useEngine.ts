import { useMemo } from "react";
import type { Settings } from "../pricing/limits";
import type { PriceSchedule } from "../pricing/schedule";
import { SCHEDULE } from "./schedule";

/**
 * One of the engine's answers for the settings (`quoteCost`, `quoteBalance`, `priceGrid`),
 * computed again only when a setting changes, not when the state object around them does.
 */
export function useEngine<T>(
  answer: (schedule: PriceSchedule, settings: Settings) => T,
  { steps, width, height, count, balance }: Settings,
): T {
  return useMemo(
    () => answer(SCHEDULE, { steps, width, height, count, balance }),
    [answer, steps, width, height, count, balance],
  );
}
