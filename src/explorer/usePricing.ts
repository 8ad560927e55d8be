import { useMemo } from "react";
import { DREAMSTUDIO_2022, quoteSettings, type Quote, type Settings } from "../pricing";

/** The schedule the explorer prices with. Prices come from here, never from the URL or props. */
export const SCHEDULE = DREAMSTUDIO_2022;

/** The engine's answers for the settings, recomputed only when a setting changes. */
export function usePricing({ steps, width, height, count, balance }: Settings): Quote {
  return useMemo(
    () => quoteSettings(SCHEDULE, { steps, width, height, count, balance }),
    [steps, width, height, count, balance],
  );
}
