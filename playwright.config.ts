import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from "./scripts/find-chromium.mjs";

const chromium = findChromium();
if (!chromium) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

import { EXPLORER as BASE, EXPLORER_PORT as PORT } from "./e2e/hosts";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.PLAYWRIGHT_JSON ? [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON }]] : "list",
  use: {
    ...devices["Desktop Chrome"],
    baseURL: BASE,
    locale: "en-US",
    launchOptions: { executablePath: chromium.path, args: CHROMIUM_ARGS },
  },
  webServer: {
    // scripts/test-all.mjs builds once for every browser test and sets PLAYWRIGHT_PREBUILT.
    command: `${process.env.PLAYWRIGHT_PREBUILT ? "" : "npm run build --silent && "}node scripts/serve.mjs --port ${PORT}`,
    url: BASE,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
  },
});
