// The cross-engine browser cases (engines/), run once per engine by scripts/test-engines.mjs:
// ENGINE=chromium|firefox|webkit picks the browser. Node environment, one file, one browser.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "node",
    include: ["engines/run.engine.ts"],
    fileParallelism: false,
    retry: 0,
    allowOnly: false,
    passWithNoTests: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The cases share one browser, one after another, in file order.
    sequence: { concurrent: false, shuffle: false },
  },
});
