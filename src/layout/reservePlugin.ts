// A Tailwind plugin (index.css loads it with @plugin) that gives the standalone page's
// placeholders the heights in ./reservedHeights, one per container width: the CSS reads the
// measured figures, rather than a copy of them. Rules rather than inline styles, so that the
// prerendered page keeps to a strict Content-Security-Policy (style-src 'self').
import plugin from "tailwindcss/plugin";
import { PAGE_PARTS } from "./reservedHeights";

const PARTS = ["balance", "table", "chart", "compare"] as const;

export default plugin(({ addComponents }) => {
  const { base, "3xl": md, "5xl": lg, "7xl": xl } = PAGE_PARTS;
  for (const part of PARTS) {
    addComponents({
      [`.reserve-${part}`]: {
        minHeight: `${base[part]}px`,
        [`@container (width >= ${md.container}px)`]: { minHeight: `${md[part]}px` },
        [`@container (width >= ${lg.container}px)`]: { minHeight: `${lg[part]}px` },
        [`@container (width >= ${xl.container}px)`]: { minHeight: `${xl[part]}px` },
      },
    });
  }
});
