// Chromium only: it prints with page.pdf and print emulation, which Playwright has only for Chromium.
// Printed, or saved as a PDF: the chart drawn though never scrolled to, the table in its colours,
// light paper whatever the theme, and values where the controls were.
import { inflateSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { parseColour } from "./paint";

/** The light theme's six chart colours, as a PDF content stream sets a stroke: ".1137 .3059 .8471 RG". */
const SERIES = ["#1d4ed8", "#b45309", "#047857", "#be185d", "#6d28d9", "#374151"].map((hex) =>
  [1, 3, 5].map((i) => (Number.parseInt(hex.slice(i, i + 2), 16) / 255).toFixed(4).replace(/^0/, "").replace(/0+$/, "")).join(" ") + " RG",
);

/** The stroke colours a PDF's page content sets (its Flate streams inflated; fonts and the like skipped). */
function pdfStrokes(pdf: Buffer): Set<string> {
  const text = pdf.toString("latin1");
  const strokes = new Set<string>();
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    let content: string;
    try {
      content = inflateSync(Buffer.from(text.slice(start, text.indexOf("endstream", start)), "latin1")).toString("latin1");
    } catch {
      continue;
    }
    for (const stroke of content.matchAll(/[\d.]+ [\d.]+ [\d.]+ RG/g)) strokes.add(stroke[0]);
  }
  return strokes;
}

/**
 * The page's clock stopped `ms` after now: the chart's code is fetched at the first idle moment
 * after the load, and the chart, never scrolled to, would draw on its own only 8 s after the load.
 */
async function stopClockAfter(page: Page, ms: number) {
  // A moment ahead: the page's clock runs on while this is sent.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 500));
  if (ms > 0) await page.clock.runFor(ms);
}

/**
 * Advances the page's clock 100 ms at a time, by at most `ms`, until `done` says so, letting the
 * network answer in between (real time: the chart's code arrives over it). Returns whether it did.
 */
async function advanceUntil(page: Page, ms: number, done: () => Promise<boolean>) {
  for (let elapsed = 0; elapsed < ms; elapsed += 100) {
    if (await done()) return true;
    await page.clock.runFor(100);
    await page.waitForTimeout(100);
  }
  return done();
}

/** The cost chart's lines as drawn: how many, and the path commands in each. */
function chartLines(page: Page) {
  return page
    .getByRole("figure", { name: /Credits per image against steps/ })
    .locator("path.recharts-curve")
    .evaluateAll((paths) => paths.map((p) => (p.getAttribute("d") ?? "").match(/[MLCQ]/g)?.length ?? 0));
}

// Reported (issue 21): Ctrl+P a moment after the price showed, before any scroll, printed an empty
// chart: the chart drew only when scrolled near or 8 s after the load, and a print does not wait.
test("printed within three seconds of the load, never scrolled, the chart is on the paper with its six lines", async ({ page }) => {
  await page.clock.install();
  await page.setViewportSize({ width: 1280, height: 800 });
  // The chart's code, fetched by the page itself at its first idle moment (it waits 2 s at most for
  // one), maybe before the clock stops: waited for until it has run.
  let chunk = "";
  page.on("response", (response) => {
    if (/\/CostChart-[\w-]+\.js$/.test(response.url())) chunk = response.url();
  });
  await page.goto("./?steps=100");
  await expect(page.getByRole("table", { name: /by steps/ })).toBeVisible();
  await stopClockAfter(page, 0);
  expect(await advanceUntil(page, 3000, async () => chunk !== "")).toBe(true);
  await page.evaluate(async (url) => void (await import(url)), chunk);
  expect(await chartLines(page)).toEqual([]);

  // page.pdf() prints as Ctrl+P does: `beforeprint`, then the layout for paper.
  const strokes = pdfStrokes(await page.pdf({ format: "A4" }));
  expect(SERIES.filter((stroke) => !strokes.has(stroke))).toEqual([]);
  const lines = await chartLines(page);
  // Real lines: a move and a segment to each point of the chart's data (10 to 150 steps, every 5).
  expect(lines).toEqual([29, 29, 29, 29, 29, 29]);
});

test("Ctrl+P before the chart's code has arrived: the print waits for it, and the chart is drawn when it starts", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // What a real print does: beforeprint, then the layout for paper (here, a count of the lines).
  await page.addInitScript(() => {
    const printed: number[][] = [];
    Object.assign(window, { printed });
    window.print = () => {
      dispatchEvent(new Event("beforeprint"));
      printed.push([...document.querySelectorAll("figure")].map((figure) => figure.querySelectorAll("path.recharts-curve").length));
    };
  });
  // The chart's code held back until the key has been pressed.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/CostChart-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./?steps=100");
  await expect(page.getByRole("status", { name: "Credits per image" })).toHaveText("2.00");
  // The page's parts after its first paint are in (the chart's card among them), not its code.
  await expect(page.getByRole("table", { name: /by steps/ })).toBeVisible();
  await page.keyboard.press("Control+p");
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { printed: number[][] }).printed)).toEqual([]);
  release();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number[][] }).printed)).toEqual([[6]]);
  expect(await chartLines(page)).toEqual([29, 29, 29, 29, 29, 29]);
});

test("in print media, as soon as the page has loaded, the chart draws without being scrolled to", async ({ page }) => {
  await page.clock.install();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("./?steps=100");
  await expect(page.getByRole("table", { name: /by steps/ })).toBeVisible();
  await stopClockAfter(page, 0);
  expect(await chartLines(page)).toEqual([]);
  await page.emulateMedia({ media: "print" });
  // At most 2 s of the page's time, for the code to arrive and React's own timers: not the 8 s after
  // which it would draw anyway.
  expect(await advanceUntil(page, 2000, async () => (await chartLines(page)).length === 6)).toBe(true);
  expect(await chartLines(page)).toEqual([29, 29, 29, 29, 29, 29]);
});

for (const theme of ["light", "dark"] as const) {
  test(`theme ${theme}: printed, the page has its chart, its table's colours, and values for controls`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`./?steps=100&theme=${theme}`);
    const figure = page.getByRole("figure", { name: /Credits per image against steps/ });
    // Never scrolled to: drawn a while after the page has loaded (8 s), as a print needs.
    await expect(figure.locator(".recharts-line")).toHaveCount(0);
    await expect(figure.locator(".recharts-line")).toHaveCount(6, { timeout: 15_000 });
    expect(await figure.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(800);

    await page.emulateMedia({ media: "print" });
    const root = page.locator(".explorer-root");
    const colours = await root.evaluate((el) => {
      const card = el.querySelector(".card");
      return {
        adjust: getComputedStyle(el).printColorAdjust,
        card: card ? getComputedStyle(card).backgroundColor : "",
        ink: getComputedStyle(el).color,
      };
    });
    // Paper's palette, the light theme's, whichever theme the reader chose on screen.
    expect(colours).toEqual({ adjust: "exact", card: "rgb(255, 255, 255)", ink: "rgb(20, 20, 43)" });
    const strokes = await figure.locator("path.recharts-curve").evaluateAll((paths) => paths.map((p) => getComputedStyle(p).stroke));
    expect(strokes[0]).toBe("rgb(29, 78, 216)");
    expect(new Set(strokes).size).toBe(6);

    // The chart as drawn at the screen's width, scaled into a narrower page (as paper is): the
    // whole plot inside the figure, its shape kept, the legend's swatches as they were.
    const sizes = await figure.evaluate((el) => {
      (el as HTMLElement).style.width = "600px";
      const plot = el.querySelector(".recharts-wrapper > svg.recharts-surface");
      const box = plot?.getBoundingClientRect();
      const [, , w = 0, h = 0] = (plot?.getAttribute("viewBox") ?? "").split(" ").map(Number);
      const swatches = [...el.querySelectorAll(".recharts-legend-item svg")].map((svg) => svg.getBoundingClientRect().width);
      return { width: box?.width ?? 0, height: box?.height ?? 0, drawnWidth: w, shape: h / w, swatches };
    });
    expect(sizes.drawnWidth).toBeGreaterThan(600);
    expect(sizes.width).toBe(600);
    expect(sizes.height / sizes.width).toBeCloseTo(sizes.shape, 2);
    expect(sizes.swatches).toHaveLength(6);
    expect(Math.max(...sizes.swatches)).toBeLessThanOrEqual(16);
    await figure.evaluate((el) => (el as HTMLElement).style.removeProperty("width"));

    // Every control that stands for a value is gone; the values stay.
    const shown = await root.evaluate((el) =>
      [...el.querySelectorAll("button, input[type=range], input[type=radio]")]
        .filter((control) => !control.classList.contains("heat-cell") && control.getClientRects().length > 0)
        .map((control) => control.outerHTML.slice(0, 80)),
    );
    expect(shown).toEqual([]);
    await expect(page.getByRole("textbox", { name: "Steps" })).toHaveValue("100");
    expect(await page.getByRole("textbox", { name: "Steps" }).isVisible()).toBe(true);
    await expect(page.locator("[data-price-bar]")).toBeHidden();
    await expect(page.getByRole("combobox", { name: "Embed for" })).toBeHidden();
    // The schedule's menu prints as its choice, without the menu's frame.
    const schedule = page.getByRole("combobox", { name: "Price schedule" });
    await expect(schedule).toBeVisible();
    expect(await schedule.evaluate((el) => getComputedStyle(el).appearance)).toBe("none");

    // The table's cells keep their scale's colours: painted, and not all alike.
    const cells = await page.getByRole("table", { name: /by steps/ }).locator("tbody td").evaluateAll((tds) =>
      tds.map((td) => getComputedStyle(td).backgroundColor),
    );
    expect(cells).toHaveLength(36);
    expect(cells.filter((colour) => !(parseColour(colour) ?? [255, 255, 255]).some((channel) => channel < 250))).toEqual([]);
    expect(new Set(cells).size).toBeGreaterThan(6);
    // And the page prints.
    expect((await page.pdf({ format: "A4" })).byteLength).toBeGreaterThan(20_000);
  });
}
