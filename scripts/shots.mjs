// `npm run shots`: builds the explorer and writes screenshots of every screen into shots/
// (git-ignored), with shots/index.html to look through them in a minute: the page at three
// widths, the embeds on a docs page, the table in its three views, each in light and dark.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from "./find-chromium.mjs";
import { run, serve } from "./lib/server.mjs";

const PORT = 4192;
const APP = `http://127.0.0.1:${PORT}/explorer/`;
const OUT = "shots";
const SCHEMES = ["light", "dark"];

const browserPath = findChromium();
if (!browserPath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

/** Waits for the late parts, scrolls every chart into view so that it draws, then back to the top. */
async function drawCharts(scope, page) {
  await scope.getByRole("table").first().waitFor();
  // An embed shows no chart unless its parts name one.
  const figures = scope.getByRole("figure");
  for (let i = 0; i < (await figures.count()); i += 1) {
    await figures.nth(i).scrollIntoViewIfNeeded();
    await figures.nth(i).locator(".recharts-line").first().waitFor();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(200);
}

const frame = (page) => page.frameLocator('iframe[title="Credit pricing explorer"]');

/** Scrolls the page so that the `edge` of `target` (in the page, its element, or its iframe) lands at `at`. */
async function scrollToPlace(page, target, edge, at, framed) {
  const dy = framed ? await page.locator('iframe[title="Credit pricing explorer"]').evaluate((el) => el.getBoundingClientRect().top) : 0;
  const y = await target.evaluate((el, side) => el.getBoundingClientRect()[side], edge);
  await page.evaluate((by) => window.scrollBy({ top: by, behavior: "instant" }), y + dy - at);
}

/** Paints an example page dark, as a docs site's dark theme would (src/embed/hostTheme.ts reads it). */
async function darkenHostPage(page) {
  await page.evaluate(() => {
    document.documentElement.style.colorScheme = "dark";
    document.body.style.background = "#16181d";
    document.body.style.color = "#e4e4e7";
  });
}

/** Focuses a control without scrolling, as a touch does, and moves it one step. */
async function moveFocused(page, control) {
  await control.evaluate((el) => el.focus({ preventScroll: true }));
  await page.keyboard.press("ArrowRight");
}

/** Brings the price bar on: a slider moved at the foot of a phone's screen, or a table cell in use. */
async function showPriceBar(page, scope, framed, phone) {
  const table = scope.getByRole("table", { name: /by steps/ });
  await table.waitFor();
  if (phone) {
    const slider = scope.getByRole("slider", { name: "Height" });
    await scrollToPlace(page, slider.locator("xpath=.."), "bottom", (page.viewportSize()?.height ?? 900) - 8, framed);
    await moveFocused(page, slider);
  } else {
    const source = scope.getByRole("region", { name: "Published price table" }).locator("p", { hasText: "Source:" }).first();
    await scrollToPlace(page, source, "bottom", (page.viewportSize()?.height ?? 900) - 8, framed);
    await table.locator("tbody tr").last().getByRole("button").first().evaluate((el) => el.focus({ preventScroll: true }));
  }
  await scope.locator("[data-price-bar][data-shown]").waitFor();
  // Settled (150 ms in a frame) and faded in (150 ms).
  await page.waitForTimeout(400);
}

/** What to photograph: a name, a viewport width, the address, and how to get it ready. */
const SHOTS = [];
for (const scheme of SCHEMES) {
  for (const width of [1280, 768, 375]) {
    SHOTS.push({
      name: `page-${width}-${scheme}`,
      caption: `Standalone page, ${width} px, ${scheme}`,
      scheme,
      width,
      url: `${APP}?steps=30&width=640&height=1024&count=2`,
      ready: (page) => drawCharts(page, page),
      fullPage: true,
    });
  }
  for (const width of [1280, 375]) {
    SHOTS.push({
      name: `iframe-${width}-${scheme}`,
      caption: `embed.js iframe on a docs page, ${width} px, ${scheme}`,
      scheme,
      width,
      url: `${APP}examples/iframe.html`,
      ready: async (page) => {
        await frame(page).getByRole("table", { name: /by steps/ }).waitFor();
        await drawCharts(frame(page), page);
      },
      fullPage: true,
    });
    SHOTS.push({
      name: `element-${width}-${scheme}`,
      caption: `<pricing-explorer> on a docs page, ${width} px, ${scheme}`,
      scheme,
      width,
      url: `${APP}examples/element.html`,
      ready: async (page) => {
        await page.locator("pricing-explorer").getByRole("table", { name: /by steps/ }).waitFor();
        await drawCharts(page.locator("pricing-explorer"), page);
      },
      fullPage: true,
    });
  }
  for (const [schedule, query, width] of [["sdxl-beta", "steps=30&width=768", 1280], ["sdxl", "steps=29", 375], ["2022-12", "steps=40&width=640&count=3", 768]]) {
    SHOTS.push({
      name: `schedule-${schedule}-${width}-${scheme}`,
      caption: `Schedule ${schedule}, ${width} px, ${scheme}`,
      scheme,
      width,
      url: `${APP}?schedule=${schedule}&${query}`,
      ready: (page) => drawCharts(page, page),
      fullPage: true,
    });
  }
  SHOTS.push({
    name: `print-${scheme}`,
    caption: `The page printed, chosen theme ${scheme}`,
    scheme,
    width: 800,
    url: `${APP}?steps=30&width=640&height=1024&count=2&theme=${scheme}`,
    // Not scrolled: the chart must draw on its own once the page is idle, as a print needs.
    ready: (page) => page.getByRole("figure").first().locator(".recharts-line").first().waitFor(),
    media: "print",
    fullPage: true,
  });
  // The price bar at the moment it appears (src/explorer/placePriceBar.ts): on a phone, a slider
  // moved at the foot of the screen with the Cost card below it; at 768 px, a cell of the table in
  // use with the card above the screen. Standalone and in both embeds, at each device's own height.
  for (const [width, height] of [[320, 568], [375, 667], [390, 844], [768, 1024]]) {
    for (const [host, url, scope] of [
      ["page", `${APP}?steps=30`, (page) => page],
      ["iframe", `${APP}examples/iframe.html`, frame],
      ["element", `${APP}examples/element.html`, (page) => page.locator("pricing-explorer")],
    ]) {
      // At 768 px an embed is short enough that its price stays on the screen with a table cell
      // in use: no bar to show.
      if (width === 768 && host !== "page") continue;
      SHOTS.push({
        name: `price-bar-${host}-${width}-${scheme}`,
        caption: `The price bar appearing, ${host}, ${width} × ${height}, ${width < 768 ? "Height moved at the foot" : "a table cell in use"}, ${scheme}`,
        scheme,
        width,
        height,
        url,
        ready: async (page) => {
          // The example pages are light; an embed follows its page, so the page goes dark first.
          if (scheme === "dark" && host !== "page") await darkenHostPage(page);
          await showPriceBar(page, scope(page), host === "iframe", width < 768);
        },
      });
    }
  }
  SHOTS.push({
    name: `price-bar-beside-card-375-${scheme}`,
    caption: `375 × 667, Steps moved at the top, the Cost card's totals below the screen: the bar just above the card, ${scheme}`,
    scheme,
    width: 375,
    height: 667,
    url: `${APP}?steps=30`,
    ready: async (page) => {
      await page.getByRole("table", { name: /by steps/ }).waitFor();
      const slider = page.getByRole("slider", { name: "Steps" });
      await scrollToPlace(page, slider.locator("xpath=.."), "top", 8, false);
      await moveFocused(page, slider);
      await page.locator("[data-price-bar][data-shown]").waitFor();
      await page.waitForTimeout(400);
    },
  });
  SHOTS.push({
    name: `docs-react-${scheme}`,
    caption: `Docusaurus-like React page with the copied iframe, ${scheme}`,
    scheme,
    width: 1280,
    url: `${APP}examples/docs-react.html?explorer=${encodeURIComponent(APP)}&page=pricing`,
    ready: async (page) => {
      if (scheme === "dark") await page.getByRole("button", { name: /Switch to dark mode/ }).click();
      await frame(page).getByRole("table", { name: /by steps/ }).waitFor();
      await page.waitForTimeout(300);
    },
    fullPage: true,
  });
  for (const view of ["credits", "images", "usd"]) {
    SHOTS.push({
      name: `table-${view}-${scheme}`,
      caption: `The table, ${view} view, ${scheme}`,
      scheme,
      width: 1280,
      url: `${APP}?view=${view}&steps=30&balance=1000`,
      ready: (page) => page.getByRole("table", { name: /by steps/ }).waitFor(),
      element: (page) => page.locator("section").filter({ has: page.getByRole("table", { name: /by steps/ }) }),
    });
  }
}

console.log("Building…");
run("npm", ["run", "build", "--silent"]);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const server = await serve("dist", "/explorer/", PORT);
const browser = await chromium.launch({ executablePath: browserPath.path, args: CHROMIUM_ARGS });
// A shot that fails is reported, and the others are still taken.
const failed = [];
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height ?? 900 }, colorScheme: shot.scheme });
    try {
      await page.goto(shot.url);
      await shot.ready(page);
    } catch (error) {
      failed.push(`${shot.name}: ${String(error).split("\n")[0]}`);
      await page.close();
      continue;
    }
    if (shot.media) await page.emulateMedia({ media: shot.media });
    const path = `${OUT}/${shot.name}.png`;
    if (shot.element) await shot.element(page).screenshot({ path, animations: "disabled" });
    // A capture of the whole page is one tall screen, where the price bar would float mid-page:
    // it is left out of those (the price-bar shots show it on the screen).
    else await page.screenshot({ path, fullPage: shot.fullPage, animations: "disabled", style: shot.fullPage ? "[data-price-bar] { visibility: hidden; }" : undefined });
    await page.close();
    console.log(`  ${path}`);
  }
} finally {
  await browser.close();
  server.kill();
}

const figures = SHOTS.map(
  (s) => `<figure><a href="${s.name}.png"><img src="${s.name}.png" alt="" loading="lazy"></a><figcaption>${s.caption.replace(/</g, "&lt;")}</figcaption></figure>`,
).join("\n");
writeFileSync(
  `${OUT}/index.html`,
  `<!doctype html><meta charset="utf-8"><title>Explorer screenshots</title>
<style>body{font:14px system-ui;margin:1rem;background:#888}main{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem;align-items:start}
figure{margin:0;background:#fff;padding:.5rem}img{width:100%;max-height:40rem;object-fit:cover;object-position:top}</style>
<h1>${SHOTS.length} screenshots, ${new Date().toISOString().slice(0, 16)}</h1><main>${figures}</main>\n`,
);
console.log(`${SHOTS.length - failed.length} screenshots in ${OUT}/ (open ${OUT}/index.html).`);
if (failed.length > 0) {
  console.error(`Not taken:\n  ${failed.join("\n  ")}`);
  process.exitCode = 1;
}
