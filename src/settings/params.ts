/**
 * The URL parameters that carry the explorer's settings, in the order a link writes them. They
 * are also the custom element's attributes and the data-* attributes embed.js passes on.
 */
export const PARAMS = ["schedule", "steps", "width", "height", "count", "balance", "wanted", "view", "theme", "parts"] as const;
export type Param = (typeof PARAMS)[number];
