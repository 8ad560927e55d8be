import { defineConfig } from "vite";
import { PARAMS } from "./src/settings/settings";

// Built with --configLoader runner (package.json): this config imports the settings table, whose
// TypeScript imports carry no file extension, which Vite's module runner resolves.
// embed.js is a classic script that docs pages include with a plain <script> tag, so it is
// built on its own as one self-contained IIFE beside the app, never sharing chunks with it.
export default defineConfig({
  publicDir: false,
  // The data-* attributes it passes on to the frame: the settings table's parameters.
  define: { __EXPLORER_PARAMS__: JSON.stringify(PARAMS) },
  build: {
    target: "es2020",
    emptyOutDir: false,
    lib: {
      entry: "src/embed/host.ts",
      formats: ["iife"],
      name: "pricingExplorerEmbed",
      fileName: () => "embed.js",
    },
  },
});
