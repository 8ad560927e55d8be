// Chromium only: it reads layout shift from Chromium's layout-shift performance entries, which Firefox and WebKit do not report.
// While a reader moves a slider, the price it changes stays on the screen: on a phone, in a docs
// column, standalone and in both embeds. Either the Cost card's figures are on screen, or the
// price bar is, showing the same figures, clear of the slider in use. Nothing shifts meanwhile.
import { expect, test, type FrameLocator, type Locator, type Page } from "@playwright/test";
import { allLayoutShift, sizedFrame, watchLayoutShift } from "./docs";
import { EXPLORER, hostPage, openHostPage } from "./hosts";

type Where = "standalone" | "iframe" | "element";

interface Opened {
  /** Where the explorer's own nodes are found. */
  scope: Page | FrameLocator | Locator;
  /** From the explorer's coordinates to the screen's: the frame's offset on the host page. */
  offset: () => Promise<number>;
  /** The layout shift, not after input, in the document the explorer lays out in. */
  shift: () => Promise<number>;
}

const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the docs page.</p>`).join("");

async function open(page: Page, where: Where, width: number): Promise<Opened> {
  await page.setViewportSize({ width, height: 667 });
  await watchLayoutShift(page);
  if (where === "standalone") {
    await page.goto(EXPLORER);
    return { scope: page, offset: async () => 0, shift: () => allLayoutShift(page) };
  }
  if (where === "element") {
    await openHostPage(page, hostPage(`<h1>Pricing</h1>${filler(2)}<pricing-explorer></pricing-explorer>${filler(20)}`, `<script type="module" src="${EXPLORER}pricing-explorer.js"></script>`));
    return { scope: page.locator("pricing-explorer"), offset: async () => 0, shift: () => allLayoutShift(page) };
  }
  await openHostPage(page, hostPage(`<h1>Pricing</h1>${filler(2)}<script src="${EXPLORER}embed.js" async></script>${filler(20)}`));
  const iframe = page.locator("iframe");
  const frame = page.frameLocator("iframe");
  // Sized to its content by embed.js: the host page scrolls, the frame does not.
  expect(await sizedFrame(page)).toBeGreaterThan(900);
  const child = page.frames().find((f) => f.url().includes("embed=1"));
  if (!child) throw new Error("no explorer frame");
  return {
    scope: frame,
    offset: () => iframe.evaluate((el) => el.getBoundingClientRect().top),
    shift: () => allLayoutShift(child),
  };
}

interface Box {
  top: number;
  bottom: number;
}

async function screenBox(locator: Locator, offset: number): Promise<Box> {
  const box = await locator.evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom };
  });
  return { top: box.top + offset, bottom: box.bottom + offset };
}

const onScreen = (box: Box, height: number) => box.top >= 0 && box.bottom <= height;
const overlaps = (a: Box, b: Box) => a.top < b.bottom && b.top < a.bottom;

/** Scrolls the host page so that the slider's row sits at the top or at the foot of the screen. */
async function place(page: Page, opened: Opened, row: Locator, at: "top" | "foot") {
  const box = await screenBox(row, await opened.offset());
  const height = page.viewportSize()?.height ?? 0;
  const target = at === "top" ? 8 : height - (box.bottom - box.top) - 8;
  await page.evaluate((by) => scrollBy({ top: by, behavior: "instant" }), box.top - target);
}

const SLIDERS = ["Steps", "Width", "Height", "Image count"];

for (const where of ["standalone", "iframe", "element"] as const) {
  for (const width of [320, 375, 768]) {
    test(`${where} at ${width} px: moving any slider, its price is on the screen and clear of it`, async ({ page }) => {
      const opened = await open(page, where, width);
      const { scope } = opened;
      const perImage = scope.getByRole("status", { name: "Credits per image" });
      const total = scope.getByRole("status", { name: "Total credits" });
      const bar = scope.locator("[data-price-bar]");
      await expect(perImage).toHaveText("1.00");
      await expect(bar).toHaveCount(1);
      // Loading is measured in the embedding tests; from here on, the bar's doing is.
      await scope.getByRole("table", { name: /by steps/ }).waitFor();
      const loaded = await opened.shift();
      // The bar is a picture of figures that the Cost card already announces.
      expect(await bar.evaluate((el) => el.closest("[aria-hidden=true]") !== null)).toBe(true);
      const height = page.viewportSize()?.height ?? 0;
      let barSeen = false;
      for (const name of SLIDERS) {
        const slider = scope.getByRole("slider", { name });
        const row = slider.locator("xpath=..");
        for (const at of ["top", "foot"] as const) {
          await place(page, opened, row, at);
          await slider.focus();
          await slider.press("ArrowRight");
          const figures = `${await perImage.textContent()} credits each · ${await total.textContent()} total`;
          await expect.poll(async () => {
            const offset = await opened.offset();
            const cardSeen = onScreen(await screenBox(perImage, offset), height) && onScreen(await screenBox(total, offset), height);
            if (cardSeen) return "the Cost card";
            const shown = await bar.evaluate((el) => el.hasAttribute("data-shown") && getComputedStyle(el).opacity === "1");
            const barBox = await screenBox(bar, offset);
            const text = (await bar.textContent())?.replace(/\s+/g, " ") ?? "";
            if (!shown || !onScreen(barBox, height) || !text.startsWith(figures)) return `neither: bar ${shown ? "shown" : "hidden"} at ${barBox.top}–${barBox.bottom}, "${text}"`;
            if (overlaps(barBox, await screenBox(row, offset))) return "the bar, over the slider";
            barSeen = true;
            return "the bar";
          }, `${name} at the ${at} of the screen`).toMatch(/^the (Cost card|bar)$/);
        }
        await slider.press("Home");
      }
      // On a phone the Cost card is below the sliders: the bar must have done the work somewhere.
      if (width < 768 || where !== "standalone") expect(barSeen).toBe(true);
      expect(await opened.shift()).toBe(loaded);
    });
  }
}
