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

/** The same for each shape of each schedule's price table (src/layout/embedHeight.ts). */
export const EMBED_SHAPES = {"2022":{"narrow":{"frame":360,"settings":424,"cost":202,"balance":302,"table":582,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":424,"cost":202,"balance":302,"table":456,"chart":402,"compare":566,"link":42}},"2022+row":{"narrow":{"frame":360,"settings":424,"cost":202,"balance":302,"table":613,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":424,"cost":222,"balance":302,"table":489,"chart":402,"compare":566,"link":42}},"2022+column":{"narrow":{"frame":360,"settings":424,"cost":202,"balance":302,"table":594,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":424,"cost":222,"balance":302,"table":471,"chart":402,"compare":566,"link":42}},"2022+row+column":{"narrow":{"frame":360,"settings":424,"cost":202,"balance":302,"table":625,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":424,"cost":222,"balance":302,"table":504,"chart":402,"compare":566,"link":42}},"2022-12":{"narrow":{"frame":360,"settings":424,"cost":202,"balance":302,"table":568,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":424,"cost":202,"balance":302,"table":462,"chart":402,"compare":566,"link":42}},"2022-12+row":{"narrow":{"frame":360,"settings":424,"cost":202,"balance":302,"table":599,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":424,"cost":222,"balance":302,"table":495,"chart":402,"compare":566,"link":42}},"2022-12+column":{"narrow":{"frame":360,"settings":424,"cost":202,"balance":302,"table":580,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":424,"cost":222,"balance":302,"table":477,"chart":402,"compare":566,"link":42}},"2022-12+row+column":{"narrow":{"frame":360,"settings":424,"cost":202,"balance":302,"table":611,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":424,"cost":222,"balance":302,"table":510,"chart":402,"compare":566,"link":42}},"sdxl-beta":{"narrow":{"frame":360,"settings":424,"cost":202,"balance":302,"table":552,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":424,"cost":202,"balance":302,"table":426,"chart":402,"compare":566,"link":42}},"sdxl-beta+row":{"narrow":{"frame":360,"settings":424,"cost":202,"balance":302,"table":583,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":424,"cost":222,"balance":302,"table":459,"chart":402,"compare":566,"link":42}},"sdxl-beta+column":{"narrow":{"frame":360,"settings":424,"cost":202,"balance":302,"table":564,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":424,"cost":222,"balance":302,"table":441,"chart":402,"compare":566,"link":42}},"sdxl-beta+row+column":{"narrow":{"frame":360,"settings":424,"cost":202,"balance":302,"table":595,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":424,"cost":222,"balance":302,"table":474,"chart":402,"compare":566,"link":42}},"sdxl":{"narrow":{"frame":360,"settings":360,"cost":202,"balance":302,"table":464,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":360,"cost":202,"balance":302,"table":366,"chart":402,"compare":566,"link":42}},"sdxl+row":{"narrow":{"frame":360,"settings":360,"cost":202,"balance":302,"table":495,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":360,"cost":222,"balance":302,"table":399,"chart":402,"compare":566,"link":42}}};

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
