// Chromium only: it checks the heights npm run measure measured in Chromium, to within 4 px of Chromium's layout.
// The heights embed.js and the copied code reserve (src/layout/reservedHeight.ts, from src/layout/reservedHeights.ts) against the
// compact explorer as the build lays it out: at the two widths the model was measured at, its
// figure is the page's to within a few pixels, for every kind of parts value. When a change to
// the layout moves a card, this fails: run npm run measure.
import { expect, test } from "@playwright/test";
import { embedHeight } from "../src/layout/embedHeight";
import { reservedHeight } from "../src/layout/reservedHeight";
import { SCHEDULES } from "../src/pricing/schedulesAfter2022";
import { parseState } from "../src/settings/query";

const PARTS = ["", "cost", "cost,balance", "cost,table", "balance,table", "table", "cost,balance,table,chart,compare", "chart,compare"];

for (const width of [360, 640]) {
  for (const parts of PARTS) {
    test(`${width} px, parts "${parts}": the reserved height is the explorer's`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`./?embed=1&parts=${parts}`);
      // An embed's first render holds every part it shows (their code comes with it).
      await page.locator(".explorer-root").waitFor();
      await page.waitForLoadState("load");
      const height = await page.locator(".explorer-root").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      expect(Math.abs(height - reservedHeight(width, parts)), `laid out ${height}, reserved ${reservedHeight(width, parts)}`).toBeLessThanOrEqual(4);
    });
  }
}

// Settings that change the price table's shape, and with it what the copied code reserves.
const SETTINGS = [
  "steps=30",
  "steps=30&width=640&height=1024",
  "schedule=2022-12&width=640&height=1024",
  "schedule=sdxl-beta&steps=37&width=640&height=1024",
  "schedule=sdxl&steps=37",
];

for (const width of [360, 640]) {
  for (const settings of SETTINGS) {
    test(`${width} px, ${settings}: the copied code reserves the explorer's height for its settings`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`./?embed=1&${settings}`);
      await page.locator(".explorer-root").waitFor();
      await page.waitForLoadState("load");
      const height = await page.locator(".explorer-root").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      const reserved = embedHeight(width, parseState(new URLSearchParams(settings), SCHEDULES));
      expect(Math.abs(height - reserved), `laid out ${height}, reserved ${reserved}`).toBeLessThanOrEqual(4);
    });
  }
}
