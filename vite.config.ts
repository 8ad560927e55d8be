/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";

// Docs pages load the custom element and its lazy chunks from another origin, as module
// scripts, which browsers fetch with CORS. The preview server answers for any origin; a
// production host must send the same header (see README, "Embedding").
const crossOriginHeaders = { "Access-Control-Allow-Origin": "*" };

export default defineConfig({
  // Relative URLs, so the build works from any sub-path of a docs site.
  base: "./",
  plugins: [react(), tailwindcss()],
  build: {
    target: "es2022",
    // Every browser the explorer supports has <link rel="modulepreload">.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        main: "index.html",
        "pricing-explorer": "src/embed/element.tsx",
        "examples/react": "examples/react.html",
      },
      output: {
        entryFileNames: (chunk) =>
          chunk.name === "pricing-explorer" ? "pricing-explorer.js" : "assets/[name]-[hash].js",
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
