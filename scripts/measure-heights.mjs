// `node scripts/measure-embed.mjs`: measures the compact explorer's cards in the production build
// at the two widths that src/embed/reservedHeight.ts models (a phone's column and a docs page's),
// and prints the table to paste there. e2e/embed-heights.spec.ts fails when the layout has moved
// away from it; run this after `npm run build` and paste its output.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from "./find-chromium.mjs";
import { serve } from "./lib/server.mjs";

const PORT = 4193;
const APP = `http://127.0.0.1:${PORT}/explorer/`;
/** A phone's column (one column of cards) and a docs page's (two, from 576 px). */
const WIDTHS = { narrow: 360, wide: 640 };

const browserPath = findChromium();
if (!browserPath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

/** The height of each card on the compact page with these parts, by its title. */
async function cardHeights(page, width, parts) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${APP}?embed=1&parts=${parts}`);
  await page.getByRole("status", { name: "Credits per image" }).or(page.getByRole("table").first()).first().waitFor();
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const heights = {};
    for (const card of document.querySelectorAll(".card")) {
      const title = card.querySelector("h2")?.textContent ?? "actions";
      heights[title] = Math.round(card.getBoundingClientRect().height);
    }
    return heights;
  });
}

const server = await serve("dist", "/explorer/", PORT);
const browser = await chromium.launch({ executablePath: browserPath.path, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  const rows = [];
  for (const [name, width] of Object.entries(WIDTHS)) {
    // Alone, the Settings card is as tall as its own content (beside the balance, it stretches).
    const cost = await cardHeights(page, width, "cost");
    const all = await cardHeights(page, width, "cost,balance,table,chart,compare");
    const alone = await cardHeights(page, width, "table");
    const row = [cost.Settings, cost.Cost, all.Balance, all["Published price table"], all["Cost by steps"], all["Compare price schedules"], alone.actions];
    rows.push(`  ${name}: [${row.join(", ")}],`);
  }
  console.log(`// settings, cost, balance, table, chart, compare, and the link's card shown without the cost\nconst CARDS = {\n${rows.join("\n")}\n};`);
} finally {
  await browser.close();
  server.kill();
}
