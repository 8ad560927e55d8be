import { DREAMSTUDIO_2022 } from "../pricing/schedule";

/** The schedule the explorer prices with. Prices come from here, never from the URL or props. */
export const SCHEDULE = DREAMSTUDIO_2022;
