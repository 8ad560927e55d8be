import { useMemo } from "react";
import { DREAMSTUDIO_2022, quoteCost, quoteSettings, type Cost, type Quote, type Settings } from "../pricing";

/** The schedule the explorer prices with. Prices come from here, never from the URL or props. */
export const SCHEDULE = DREAMSTUDIO_2022;

/** The engine's answers for the settings, recomputed only when a setting changes. */
export function usePricing({ steps, width, height, count, balance }: Settings): Quote {
  return useMemo(
    () => quoteSettings(SCHEDULE, { steps, width, height, count, balance }),
    [steps, width, height, count, balance],
  );
}

/** Only what the settings cost: the part of the page that follows every key press at once. */
export function useCost({ steps, width, height, count, balance }: Settings): Cost {
  return useMemo(
    () => quoteCost(SCHEDULE, { steps, width, height, count, balance }),
    [steps, width, height, count, balance],
  );
}
