/** The URL parameters (and custom-element attributes) that carry settings, in link order. */
export const STATE_PARAMS = ["steps", "width", "height", "count", "balance", "view", "theme"] as const;
export type StateParam = (typeof STATE_PARAMS)[number];
