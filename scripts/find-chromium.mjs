// Finds a Chromium for the browser tests: $CHROMIUM_PATH, else Debian's /usr/bin/chromium,
// else the browser Playwright installed for itself. Returns null when there is none.
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

/** @returns {{ path: string, source: string } | null} */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv, source: "CHROMIUM_PATH" } : null;
  if (existsSync("/usr/bin/chromium")) return { path: "/usr/bin/chromium", source: "Debian" };
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own, source: "Playwright" };
  } catch {
    // Playwright has no browser of its own installed.
  }
  return null;
}

export const NO_CHROMIUM_MESSAGE =
  (process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist. ` : "") +
  "No Chromium found for the browser tests: on Debian run `apt-get install chromium`; " +
  "elsewhere run `npx playwright install chromium` (or set CHROMIUM_PATH).";

/** Flags for a headless Chromium on machines with no GPU and no outside network. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
