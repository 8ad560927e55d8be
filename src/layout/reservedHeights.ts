// Written by npm run measure (scripts/measure-heights.mjs) from the production build. Do not edit by hand.

/** The compact explorer's cards, in pixels, in a frame one column wide (narrow) and two (wide). */
export const EMBED_CARDS = {
  "narrow": {
    "frame": 360,
    "settings": 424,
    "cost": 202,
    "balance": 302,
    "table": 582,
    "chart": 422,
    "compare": 854,
    "link": 42
  },
  "wide": {
    "frame": 640,
    "settings": 424,
    "cost": 202,
    "balance": 302,
    "table": 468,
    "chart": 402,
    "compare": 566,
    "link": 42
  }
};

/** The standalone page's late parts, in pixels, at each container width where the .reserve rule changes. */
export const PAGE_PARTS = {
  "base": {
    "container": 375,
    "balance": 624,
    "table": 664,
    "chart": 368,
    "compare": 800
  },
  "sm": {
    "container": 384,
    "balance": 624,
    "table": 664,
    "chart": 368,
    "compare": 624
  },
  "3xl": {
    "container": 768,
    "balance": 644,
    "table": 514,
    "chart": 348,
    "compare": 476
  },
  "5xl": {
    "container": 1024,
    "balance": 526,
    "table": 494,
    "chart": 328,
    "compare": 456
  },
  "7xl": {
    "container": 1280,
    "balance": 506,
    "table": 462,
    "chart": 328,
    "compare": 456
  }
};
