import { useMemo } from "react";
import { DREAMSTUDIO_2022, quoteCost, type Cost, type Settings } from "../pricing";

/** The schedule the explorer prices with. Prices come from here, never from the URL or props. */
export const SCHEDULE = DREAMSTUDIO_2022;

/** Only what the settings cost: the part of the page that follows every key press at once. */
export function useCost({ steps, width, height, count, balance }: Settings): Cost {
  return useMemo(
    () => quoteCost(SCHEDULE, { steps, width, height, count, balance }),
    [steps, width, height, count, balance],
  );
}
