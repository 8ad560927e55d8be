// The size budget, shared by the test that enforces it (e2e/budget.spec.ts) and the benchmark.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

/**
 * Bytes, gzip level 9, as `gzip -9` and most size budgets count them. The goals are 75 kB and
 * 2 kB; the limits the tests enforce leave the room docs/performance.md accounts for (one store,
 * the settings table and the address writer in the first chunk; the parameters' list in embed.js).
 */
export const GOAL = { initialJs: 75_000, embedJs: 2_000 };
export const BUDGET = { initialJs: 77_000, embedJs: 2_400 };

/** @param {string} path */
export function gzipSize(path) {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/**
 * The scripts a page requested before the explorer's first render (its User Timing mark),
 * as paths inside dist/, for a page served from `base`.
 * @param {import("playwright-core").Page} page
 * @param {string} base
 */
export async function scriptsBeforeFirstRender(page, base) {
  const urls = await page.evaluate(() => {
    const mark = performance.getEntriesByName("pricing-explorer:first-render")[0];
    return performance
      .getEntriesByType("resource")
      .filter((entry) => entry.name.endsWith(".js") && mark !== undefined && entry.startTime < mark.startTime)
      .map((entry) => entry.name);
  });
  return urls.map((url) => new URL(url).pathname.slice(new URL(base).pathname.length));
}
