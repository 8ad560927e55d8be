import { defineConfig } from "vite";
import { appPlugins } from "./vite.config.ts";

// pricing-explorer.js (the custom element) and the React example page, built after the page
// into the same dist/, with their chunks under dist/element/.
export default defineConfig({
  base: "./",
  plugins: appPlugins(),
  build: {
    target: "es2022",
    // public/ is copied by the page's build; this one only resolves links into it.
    copyPublicDir: false,
    emptyOutDir: false,
    assetsDir: "element",
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The element renders every part at once, so it imports statically what the page loads
      // late (src/explorer/partsAtOnce.tsx): one chunk is what is wanted, not a warning.
      checks: { ineffectiveDynamicImport: false },
      input: {
        "pricing-explorer": "src/embed/element.tsx",
        "examples/react": "examples/react.html",
        "examples/docs-react": "examples/docs-react.html",
      },
      output: {
        entryFileNames: (chunk) =>
          chunk.name === "pricing-explorer" ? "pricing-explorer.js" : "element/[name]-[hash].js",
      },
    },
  },
});
