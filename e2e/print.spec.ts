// Chromium only: it prints with page.pdf and print emulation, which Playwright has only for Chromium.
// Printed, or saved as a PDF: the chart drawn though never scrolled to, the table in its colours,
// light paper whatever the theme, and values where the controls were.
import { expect, test } from "@playwright/test";
import { parseColour } from "./paint";

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
