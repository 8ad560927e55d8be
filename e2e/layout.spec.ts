// Chromium only: the cards' heights are grid and flex arithmetic, the same in every engine; the
// cross-engine cases (engines/cases/fit.ts) cover phones, where engines' scrollbars differ.
// On a desktop, no card stands with an empty foot beside a taller neighbour.
import { expect, test } from "@playwright/test";

const PAGES = [
  ["the defaults", "./"],
  ["an estimate, two images", "./?steps=30&width=640&height=1024&count=2"],
  ["the SDXL schedule", "./?schedule=sdxl&steps=29"],
] as const;

for (const width of [1024, 1280, 1440]) {
  for (const [settings, url] of PAGES) {
    // Reported (issue 21): at 1280 px the Settings card, beside Cost and Balance stacked, ended
    // about 120 px (280 px measured, at the defaults) below its last slider.
    test(`${width} px, ${settings}: every card's content reaches to within 8 px of its padding, and the settings' rows stand at most 32 px apart`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      await expect(page.getByRole("table", { name: /by steps/ })).toBeVisible();
      await expect(page.getByRole("table", { name: /under each price schedule/ })).toBeAttached();
      const cards = await page.locator(".card").evaluateAll((all) =>
        all.map((card) => {
          const box = card.getBoundingClientRect();
          const style = getComputedStyle(card);
          // The lowest edge of anything drawn in it, screen-reader-only text (1 px boxes) left out.
          let content = box.top;
          for (const el of card.querySelectorAll("*")) {
            const r = el.getBoundingClientRect();
            if (r.width > 1 && r.height > 1) content = Math.max(content, r.bottom);
          }
          const foot = box.bottom - parseFloat(style.borderBottomWidth) - parseFloat(style.paddingBottom) - content;
          return { title: card.querySelector("h2")?.textContent ?? "", foot: Math.round(foot * 10) / 10 };
        }),
      );
      expect(cards.map((card) => card.title)).toEqual(["Settings", "Cost", "Balance", "Published price table", "Cost by steps", "Compare price schedules"]);
      expect(cards.filter((card) => card.foot > 8)).toEqual([]);
      // The settings, shorter than the balance beside them, spread their rows to the card's foot:
      // a little, not a card's worth of blank between each.
      const gaps = await page.locator('[data-card="settings"] > :last-child > *').evaluateAll((rows) =>
        rows.slice(1).map((row, i) => row.getBoundingClientRect().top - (rows[i]?.getBoundingClientRect().bottom ?? 0)),
      );
      expect(gaps).toHaveLength(5);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(16);
      expect(Math.max(...gaps)).toBeLessThanOrEqual(32);
    });
  }
}

// The compact explorer in a docs column two columns wide: the settings beside the price and the
// balance spread their rows to the card's foot too.
for (const width of [640, 760]) {
  for (const [settings, query] of [["the defaults", ""], ["an estimate", "&steps=30&width=640&height=1024"]] as const) {
    test(`embedded, ${width} px, ${settings}: the Settings card's content reaches to within 8 px of its padding`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`./?embed=1${query}`);
      await expect(page.getByRole("table", { name: /by steps/ })).toBeVisible();
      const foot = await page.locator('[data-card="settings"]').evaluate((card) => {
        const box = card.getBoundingClientRect();
        let content = box.top;
        for (const el of card.querySelectorAll("*")) {
          const r = el.getBoundingClientRect();
          if (r.width > 1 && r.height > 1) content = Math.max(content, r.bottom);
        }
        return box.bottom - parseFloat(getComputedStyle(card).paddingBottom) - parseFloat(getComputedStyle(card).borderBottomWidth) - content;
      });
      expect(foot).toBeLessThanOrEqual(8);
    });
  }
}
