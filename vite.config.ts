/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";

// Docs pages load the custom element and its lazy chunks from another origin, as module
// scripts, which browsers fetch with CORS. The dev and preview servers answer for any
// origin; a production host must send the same header (see README, "Embedding").
const crossOriginHeaders = { "Access-Control-Allow-Origin": "*" };

/** Shared by the page's build and the custom element's (vite.element.config.ts). */
export const appPlugins = () => [react(), tailwindcss()];

const FIRST_RENDER = /node_modules[\\/](react|react-dom|scheduler)[\\/]|[\\/]src[\\/]/;
const LAZY = /[\\/]src[\\/](explorer[\\/](details|BalancePanel|ChartPanel|CostChart|Heatmap|heatmapView|heatmapScale|csv|MoneyNote|markerStore)|share[\\/](ShareActions|embedSnippet)|embed[\\/](reportHeight|protocol)|pricing[\\/](grid|balance|quoteSettings))\./;

// The standalone page is the only entry of this build, so everything it needs for its first
// render lands in one chunk (React included), and only the lazy parts are split off. The
// custom element and the React example are built separately, so that they do not split it.
export default defineConfig({
  // Relative URLs, so the build works from any sub-path of a docs site.
  base: "./",
  plugins: appPlugins(),
  build: {
    target: "es2022",
    // The first render is one chunk with no static imports, and each lazy chunk has no
    // dependencies of its own to preload, so Vite's preload helper would be dead weight.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // React and the code of the first render in one file: gzip compresses one file better
        // than five, and the browser makes one request. Lazy parts keep their own chunks.
        codeSplitting: {
          groups: [
            {
              name: "app",
              test: (id: string) => (FIRST_RENDER.test(id) && !LAZY.test(id)),
            },
          ],
        },
      },
    },
  },
  server: { headers: crossOriginHeaders },
  preview: { headers: crossOriginHeaders, cors: { origin: "*" } },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test/setup.ts"],
    globals: true,
    css: false,
  },
});
