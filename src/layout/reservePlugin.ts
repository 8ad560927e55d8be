// A Tailwind plugin (index.css loads it with @plugin) that gives the standalone page's
// placeholders the heights in ./reservedHeights, one per container width: the CSS reads the
// measured figures, rather than a copy of them. Rules rather than inline styles, so that the
// prerendered page keeps to a strict Content-Security-Policy (style-src 'self').
import plugin from "tailwindcss/plugin";
import { PAGE_PARTS } from "./reservedHeights";

const PARTS = ["balance", "table", "chart", "compare"] as const;

export default plugin(({ addComponents }) => {
  const { base, ...wider } = PAGE_PARTS;
  for (const part of PARTS) {
    const rules: Record<string, string | Record<string, string>> = { minHeight: `${base[part]}px` };
    for (const band of Object.values(wider)) rules[`@container (width >= ${band.container}px)`] = { minHeight: `${band[part]}px` };
    addComponents({ [`.reserve-${part}`]: rules });
  }
});
