import { defineConfig } from "vite";

// embed.js is a classic script that docs pages include with a plain <script> tag, so it is
// built on its own as one self-contained IIFE beside the app, never sharing chunks with it.
export default defineConfig({
  publicDir: false,
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
