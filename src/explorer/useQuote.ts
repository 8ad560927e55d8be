import { useMemo } from "react";
import type { Settings } from "../pricing";
import { quoteSettings, type Quote } from "../pricing/quoteSettings";
import { SCHEDULE } from "./usePricing";

/**
 * The engine's full answer for the settings, balance included, recomputed only when a setting
 * changes. Only the balance panel needs it, so it loads with that panel, after first paint.
 */
export function useQuote({ steps, width, height, count, balance }: Settings): Quote {
  return useMemo(
    () => quoteSettings(SCHEDULE, { steps, width, height, count, balance }),
    [steps, width, height, count, balance],
  );
}
