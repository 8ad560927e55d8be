/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig, type Plugin } from "vite";

// Docs pages load the custom element and its lazy chunks from another origin, as module
// scripts, which browsers fetch with CORS. The dev and preview servers answer for any
// origin; a production host must send the same header (see README, "Embedding").
const crossOriginHeaders = { "Access-Control-Allow-Origin": "*" };

/**
 * Vite wraps every import() in a preload helper that adds <link> tags for the imported chunk's
 * CSS and, with module preloading on, its JavaScript. This build has one stylesheet, loaded by
 * the page, and modulePreload off, so the helper would only add 637 B (gzip -9, measured
 * 2026-12-06) to the first chunk: this gives it a body that just loads the chunk (vitejs/vite#13952, #18551). The
 * build fails if a second stylesheet ever appears, since the slim helper would not load it.
 */
function slimPreloadHelper(): Plugin {
  const helper = "\0vite/preload-helper.js";
  return {
    name: "slim-preload-helper",
    enforce: "pre",
    resolveId: (id) => (id === helper ? id : null),
    load: (id) => (id === helper ? "export const __vitePreload = (load) => load();" : null),
    generateBundle(_options, bundle) {
      const styles = Object.keys(bundle).filter((file) => file.endsWith(".css"));
      if (styles.length > 1) this.error(`One stylesheet expected, found ${styles.join(", ")}: restore Vite's preload helper.`);
    },
  };
}

/** Shared by the page's build and the custom element's (vite.element.config.ts). */
export const appPlugins = () => [react(), tailwindcss(), slimPreloadHelper()];

// The standalone page is the only entry of this build, so everything it imports statically lands
// in its one first chunk (React included), and every import() starts a chunk that loads later.
// The custom element and the React example are built separately, so that they do not split it.
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
        codeSplitting: {
          // The entry and everything it imports statically, React included, in one chunk: else
          // the modules it shares with lazy chunks (React, the money units) become a third file
          // that the first render must also wait for. Only import() boundaries split.
          groups: [{ name: "app", test: /[\\/]src[\\/]main\.tsx$|^\0rolldown\/runtime/ }],
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
    // Generous for a busy 2-core machine: the slowest tests render the whole explorer many times.
    testTimeout: 20_000,
  },
});
