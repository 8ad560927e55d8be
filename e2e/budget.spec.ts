// Chromium only: it counts the build's bytes loaded before the first render (resource timing entries), which do not depend on the engine.
import { expect, test } from "@playwright/test";
import { BUDGET, gzipSize, scriptsBeforeFirstRender } from "../scripts/budget.mjs";
import { EXPLORER } from "./hosts";

// Sizes are deterministic, so they are tested; times are not, so they stay in `npm run bench`.
test(`the standalone page loads at most ${BUDGET.initialJs / 1000} kB of JavaScript (gzip -9) before its first render`, async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("status", { name: "Credits per image" })).toHaveText("1.00");
  const scripts = await scriptsBeforeFirstRender(page, EXPLORER);
  expect(scripts.length).toBeGreaterThan(0);
  const total = scripts.reduce((sum, file) => sum + gzipSize(`dist/${file}`), 0);
  expect({ scripts, total, withinBudget: total <= BUDGET.initialJs }).toMatchObject({ withinBudget: true });
  // React and ReactDOM alone are about 69 kB: the page's own first-render code is what is left.
  expect(total).toBeGreaterThan(60_000);
  expect(scripts.some((file) => file.includes("CostChart") || file.includes("details"))).toBe(false);
});

test(`embed.js is at most ${BUDGET.embedJs / 1000} kB gzip`, () => {
  const size = gzipSize("dist/embed.js");
  expect(size).toBeGreaterThan(300);
  expect(size).toBeLessThanOrEqual(BUDGET.embedJs);
});
