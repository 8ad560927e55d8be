// `npm run measure`: measures, in the production build, the space the explorer's parts take and
// writes it to src/layout/reservedHeights.ts, which everything that reserves space reads: the
// standalone page's placeholders (at four container widths) and embed.js and the copied embed
// code (the compact explorer's cards, at a phone's column and a docs page's). Run it after a
// change to the layout; e2e/embed-heights.spec.ts and e2e/standalone-shift.spec.ts fail until then.
import { writeFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { runnerImport } from "vite";
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from "./find-chromium.mjs";
import { run, serve } from "./lib/server.mjs";

const PORT = 4193;
const APP = `http://127.0.0.1:${PORT}/explorer/`;
const OUT = "src/layout/reservedHeights.ts";
/** A phone's column (one column of cards) and a docs page's (two, from 576 px). */
const FRAMES = { narrow: 360, wide: 640 };
/**
 * A phone's container width, and those where the page's layout changes (Tailwind's @sm, where the
 * comparison stops stacking its rows, and @3xl, @5xl, @7xl): src/layout/reservePlugin.ts gives
 * each band the height measured at its narrowest, in ascending order.
 */
const CONTAINERS = { base: 375, sm: 384, "3xl": 768, "5xl": 1024, "7xl": 1280 };
/** The standalone page's late parts, by their card's title. */
const LATE = { balance: "Balance", table: "Published price table", chart: "Cost by steps", compare: "Compare price schedules" };

const browserPath = findChromium();
if (!browserPath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

/** The height of each card of the compact page with these parts (and settings), by its title. */
async function cardHeights(page, width, parts, settings = "") {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${APP}?embed=1&parts=${parts}${settings}`);
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

/** The height of each late part of the standalone page (what follows its card's title), with the explorer's container this wide. */
async function lateHeights(page, container) {
  // The container is the window less the page's padding: measured, then the window set to match.
  await page.setViewportSize({ width: container, height: 900 });
  await page.goto(APP);
  const padding = container - (await page.locator(".explorer-root .\\@container").first().evaluate((el) => el.clientWidth));
  await page.setViewportSize({ width: container + padding, height: 900 });
  await page.getByRole("table", { name: /under each price schedule/ }).waitFor();
  await page.waitForTimeout(300);
  return page.evaluate((late) => {
    const heights = {};
    for (const card of document.querySelectorAll(".card")) {
      const title = card.querySelector("h2");
      const part = Object.keys(late).find((key) => late[key] === title?.textContent);
      if (part && title.nextElementSibling) heights[part] = Math.ceil(title.nextElementSibling.getBoundingClientRect().height);
    }
    return heights;
  }, LATE);
}

run("npm", ["run", "build", "--silent"]);
const server = await serve("dist", "/explorer/", PORT);
const browser = await chromium.launch({ executablePath: browserPath.path, args: CHROMIUM_ARGS });
/**
 * Settings (as a query) that give each shape of a schedule's price table (src/layout/embedHeight.ts):
 * steps it prints or not, a size it prints or not (where the size counts).
 */
async function tableShapes() {
  const { module: schedules } = await runnerImport("./src/pricing/schedulesAfter2022.ts");
  const { module: quote } = await runnerImport("./src/pricing/quote.ts");
  const shapes = {};
  for (const schedule of schedules.SCHEDULES) {
    const { grid, ranges, defaults } = schedule;
    const values = ({ min, max, step }) => Array.from({ length: Math.floor((max - min) / step) + 1 }, (_, i) => min + i * step);
    const printedSteps = grid.steps.includes(defaults.steps) ? defaults.steps : grid.steps[0];
    const otherSteps = values(ranges.steps).find((steps) => steps >= 10 && !grid.steps.includes(steps));
    const printedSize = quote.publishedColumnIndex(schedule, defaults) >= 0 ? defaults : grid.sizes[0];
    const otherSize = values(ranges.side)
      .map((height) => ({ width: printedSize.width, height }))
      .find((size) => quote.publishedColumnIndex(schedule, size) < 0);
    const query = (steps, { width, height }) => `&schedule=${schedule.id}&steps=${steps}&width=${width}&height=${height}`;
    shapes[schedule.id] = query(printedSteps, printedSize);
    shapes[`${schedule.id}+row`] = query(otherSteps, printedSize);
    if (otherSize) {
      shapes[`${schedule.id}+column`] = query(printedSteps, otherSize);
      shapes[`${schedule.id}+row+column`] = query(otherSteps, otherSize);
    }
  }
  return shapes;
}

/** Each card's height at both frame widths, with these settings. */
async function embedCards(page, settings = "") {
  const embed = {};
  for (const [name, frame] of Object.entries(FRAMES)) {
    // Alone, the Settings card is as tall as its own content (beside the balance, it stretches).
    const cost = await cardHeights(page, frame, "cost", settings);
    const all = await cardHeights(page, frame, "cost,balance,table,chart,compare", settings);
    const alone = await cardHeights(page, frame, "table", settings);
    embed[name] = {
      frame,
      settings: cost.Settings,
      cost: cost.Cost,
      balance: all.Balance,
      table: all["Published price table"],
      chart: all["Cost by steps"],
      compare: all["Compare price schedules"],
      link: alone.actions,
    };
  }
  return embed;
}

try {
  const page = await browser.newPage();
  const shapes = {};
  for (const [shape, settings] of Object.entries(await tableShapes())) shapes[shape] = await embedCards(page, settings);
  // The default settings' cards (what embed.js reserves) are their table shape's, measured above.
  const { module: settings } = await runnerImport("./src/settings/settings.ts");
  const { module: height } = await runnerImport("./src/layout/embedHeight.ts");
  const embed = shapes[height.tableShape(settings.DEFAULT_STATE)];
  if (!embed) throw new Error("the default settings' table shape was not measured");
  const pageHeights = {};
  for (const [name, container] of Object.entries(CONTAINERS)) pageHeights[name] = { container, ...(await lateHeights(page, container)) };
  const file = [
    "// Written by npm run measure (scripts/measure-heights.mjs) from the production build. Do not edit by hand.",
    "",
    "/** The compact explorer's cards, in pixels, in a frame one column wide (narrow) and two (wide). */",
    `export const EMBED_CARDS = ${JSON.stringify(embed, null, 2)};`,
    "",
    "/** The same for each shape of each schedule's price table (src/layout/embedHeight.ts). */",
    `export const EMBED_SHAPES = ${JSON.stringify(shapes)};`,
    "",
    "/** The standalone page's late parts, in pixels, at each container width where the .reserve rule changes. */",
    `export const PAGE_PARTS = ${JSON.stringify(pageHeights, null, 2)};`,
    "",
  ].join("\n");
  writeFileSync(OUT, file);
  console.log(file);
} finally {
  await browser.close();
  server.kill();
}
