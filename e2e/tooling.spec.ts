// Chromium only: it runs scripts/test-all.mjs with no browser at all; it tests the tooling, not an engine.
import { expect, test } from "@playwright/test";
import { spawnSync } from "node:child_process";

test("npm test stops at once with one clear line when there is no Chromium", () => {
  const result = spawnSync("node", ["scripts/test-all.mjs"], {
    env: { ...process.env, CHROMIUM_PATH: "/nonexistent/chromium" },
    encoding: "utf8",
    timeout: 30_000,
  });
  expect(result.status).toBe(1);
  expect(result.stdout).toBe("");
  expect(result.stderr.trim().split("\n")).toEqual([
    "CHROMIUM_PATH=/nonexistent/chromium does not exist. No Chromium found for the browser tests: " +
      "on Debian run `apt-get install chromium`; elsewhere run `npx playwright install chromium` (or set CHROMIUM_PATH).",
  ]);
});
