// Chromium only: it reads layout shift from Chromium's layout-shift performance entries, which Firefox and WebKit do not report.
// The standalone page's late parts (balance, table, chart, comparison) load into the space held
// for them: what the first paint shows stays where it is, at a phone's width and a desktop's.
import { expect, test } from "@playwright/test";
import { allLayoutShift, measured, watchLayoutShift } from "./docs";

for (const [width, height] of [[375, 667], [768, 1024], [1024, 768], [1280, 823]] as const) {
  test(`${width} px: nothing moves as the page's late parts arrive`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await watchLayoutShift(page);
    await page.goto("./");
    await expect(page.getByRole("table", { name: /by steps/ })).toBeAttached();
    await expect(page.getByRole("table", { name: /under each price schedule/ })).toBeAttached();
    await page.waitForTimeout(300);
    expect(measured("layout shift", await allLayoutShift(page))).toBeLessThanOrEqual(0.001);
  });
}
