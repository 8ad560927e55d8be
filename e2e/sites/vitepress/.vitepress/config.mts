// A VitePress 1 site as a docs author sets it up from the README: embed.js in the head, and,
// for the custom element, its module script and Vue told that the tag is not a Vue component.
// The pages with the explorer are written by e2e/vitepress.spec.ts from the copied embed code.
import { defineConfig } from "vitepress";

const explorer = process.env.EXPLORER ?? "http://127.0.0.1:4173/explorer/";

export default defineConfig({
  title: "Docs",
  description: "A docs site with the credit pricing explorer on it",
  head: [
    ["link", { rel: "icon", href: "/favicon.svg" }],
    ["script", { src: `${explorer}embed.js`, async: "" }],
    ["script", { type: "module", src: `${explorer}pricing-explorer.js` }],
    ["style", {}, "pricing-explorer:not(:defined) { display: block; height: max(944px, min(1486px, (640px - 100vw) * 1000)) }"],
  ],
  vue: { template: { compilerOptions: { isCustomElement: (tag) => tag === "pricing-explorer" } } },
  themeConfig: {
    sidebar: [
      {
        text: "Guide",
        items: [
          { text: "Introduction", link: "/" },
          { text: "Pricing", link: "/pricing" },
          { text: "Pricing, custom element", link: "/element" },
          { text: "Another page", link: "/other" },
        ],
      },
    ],
  },
});
