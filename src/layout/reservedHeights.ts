// Written by npm run measure (scripts/measure-heights.mjs) from the production build. Do not edit by hand.

/** The compact explorer's cards, in pixels, in a frame one column wide (narrow) and two (wide). */
export const EMBED_CARDS = {
  "narrow": {
    "frame": 360,
    "settings": 440,
    "cost": 202,
    "balance": 266,
    "table": 534,
    "chart": 422,
    "compare": 854,
    "link": 42
  },
  "wide": {
    "frame": 640,
    "settings": 440,
    "cost": 202,
    "balance": 266,
    "table": 444,
    "chart": 402,
    "compare": 566,
    "link": 42
  }
};

/** The same for each shape of each schedule's price table (src/layout/embedHeight.ts). */
export const EMBED_SHAPES = {"2022":{"narrow":{"frame":360,"settings":440,"cost":202,"balance":266,"table":534,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":440,"cost":202,"balance":266,"table":444,"chart":402,"compare":566,"link":42}},"2022+row":{"narrow":{"frame":360,"settings":440,"cost":182,"balance":266,"table":565,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":440,"cost":182,"balance":266,"table":477,"chart":402,"compare":566,"link":42}},"2022+column":{"narrow":{"frame":360,"settings":440,"cost":182,"balance":266,"table":546,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":440,"cost":182,"balance":266,"table":459,"chart":402,"compare":566,"link":42}},"2022+row+column":{"narrow":{"frame":360,"settings":440,"cost":182,"balance":266,"table":577,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":440,"cost":182,"balance":266,"table":492,"chart":402,"compare":566,"link":42}},"2022-12":{"narrow":{"frame":360,"settings":440,"cost":202,"balance":266,"table":520,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":440,"cost":202,"balance":266,"table":428,"chart":402,"compare":566,"link":42}},"2022-12+row":{"narrow":{"frame":360,"settings":440,"cost":202,"balance":266,"table":551,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":440,"cost":202,"balance":266,"table":461,"chart":402,"compare":566,"link":42}},"2022-12+column":{"narrow":{"frame":360,"settings":440,"cost":202,"balance":266,"table":532,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":440,"cost":202,"balance":266,"table":443,"chart":402,"compare":566,"link":42}},"2022-12+row+column":{"narrow":{"frame":360,"settings":440,"cost":202,"balance":266,"table":563,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":440,"cost":202,"balance":266,"table":476,"chart":402,"compare":566,"link":42}},"sdxl-beta":{"narrow":{"frame":360,"settings":440,"cost":202,"balance":266,"table":504,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":440,"cost":202,"balance":266,"table":412,"chart":402,"compare":566,"link":42}},"sdxl-beta+row":{"narrow":{"frame":360,"settings":440,"cost":202,"balance":266,"table":535,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":440,"cost":202,"balance":266,"table":445,"chart":402,"compare":566,"link":42}},"sdxl-beta+column":{"narrow":{"frame":360,"settings":440,"cost":202,"balance":266,"table":516,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":440,"cost":202,"balance":266,"table":427,"chart":402,"compare":566,"link":42}},"sdxl-beta+row+column":{"narrow":{"frame":360,"settings":440,"cost":202,"balance":266,"table":547,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":440,"cost":202,"balance":266,"table":460,"chart":402,"compare":566,"link":42}},"sdxl":{"narrow":{"frame":360,"settings":376,"cost":202,"balance":266,"table":436,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":376,"cost":202,"balance":266,"table":348,"chart":402,"compare":566,"link":42}},"sdxl+row":{"narrow":{"frame":360,"settings":376,"cost":202,"balance":266,"table":467,"chart":422,"compare":854,"link":42},"wide":{"frame":640,"settings":376,"cost":202,"balance":266,"table":381,"chart":402,"compare":566,"link":42}}};

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
