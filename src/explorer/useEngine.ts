import { useMemo } from "react";
import type { PriceSchedule } from "../pricing/schedule";
import type { Settings } from "../pricing/settings";
import { scheduleOf, type ExplorerState } from "../settings/settings";

type Priced = Settings & Pick<ExplorerState, "schedule">;

/**
 * One of the engine's answers for the state's schedule and settings (`quoteCost`, `quoteBalance`,
 * `quotePlan`, `priceGrid`), computed again only when one of them changes, not when the state object does.
 */
export function useEngine<T>(
  answer: (schedule: PriceSchedule, settings: Settings) => T,
  { schedule, steps, width, height, count, balance, wanted }: Priced,
): T {
  return useMemo(
    () => answer(scheduleOf({ schedule }), { steps, width, height, count, balance, wanted }),
    [answer, schedule, steps, width, height, count, balance, wanted],
  );
}
