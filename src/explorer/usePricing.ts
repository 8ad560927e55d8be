import { useMemo } from "react";
import { DREAMSTUDIO_2022, priceGrid, quoteSettings, type PriceGrid, type Quote, type Settings } from "../pricing";

/** The schedule the explorer prices with. Prices come from here, never from the URL or props. */
export const SCHEDULE = DREAMSTUDIO_2022;

/** The engine's answers for the settings, recomputed only when a setting changes. */
export function usePricing({ steps, width, height, count, balance }: Settings): Quote {
  return useMemo(
    () => quoteSettings(SCHEDULE, { steps, width, height, count, balance }),
    [steps, width, height, count, balance],
  );
}

export function usePriceGrid({ steps, width, height, count, balance }: Settings): PriceGrid {
  return useMemo(
    () => priceGrid(SCHEDULE, { steps, width, height, count, balance }),
    [steps, width, height, count, balance],
  );
}
