// Chromium only: it uses Playwright's download events, mouse drags and tooltip hovering; engines/cases/standalone.ts has the controls by keyboard and pointer in all three engines.
import { expect, test, type Page } from "@playwright/test";
import { downloadCsv, watchConsole } from "./helpers";

const output = (page: Page, name: string) => page.getByRole("status", { name });

/** Presses Tab until the element is focused; fails after `limit` presses. */
async function tabTo(page: Page, target: ReturnType<Page["getByRole"]>, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return i;
    await page.keyboard.press("Tab");
  }
  throw new Error("Tab never reached the element");
}

/** The focused element shows a solid focus outline, drawn for keyboard focus. */
async function expectFocusRing(target: ReturnType<Page["getByRole"]>) {
  await expect(target).toBeFocused();
  expect(await target.evaluate((el) => [el.matches(":focus-visible"), getComputedStyle(el).outlineStyle])).toEqual([true, "solid"]);
}

test("a keyboard-only user sets steps, size, count, balance, images wanted and a table cell, in order, with visible focus", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("./");
  await page.locator("body").click({ position: { x: 1, y: 1 } });

  const steps = page.getByRole("slider", { name: "Steps" });
  await tabTo(page, steps);
  await expectFocusRing(steps);
  await page.keyboard.press("ArrowLeft");
  await expect(steps).toHaveValue("49");
  await page.keyboard.press("Home");
  await expect(output(page, "Credits per image")).toHaveText("0.20");

  // Each setting's field, then its slider, one Tab apart.
  await page.keyboard.press("Tab");
  await expectFocusRing(page.getByRole("textbox", { name: "Width" }));
  await page.keyboard.press("Tab");
  await expectFocusRing(page.getByRole("slider", { name: "Width" }));
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("slider", { name: "Width" })).toHaveAttribute("aria-valuetext", "576 pixels");
  // 294,912 pixels, a quarter of the way from 512 × 512 (1.0) to 512 × 768 (2.4): 1.35 at 50 steps, 0.27 at 10.
  await expect(output(page, "Credits per image")).toHaveText("0.27");
  await page.keyboard.press("Tab");
  await expectFocusRing(page.getByRole("textbox", { name: "Height" }));
  await page.keyboard.press("Tab");
  await expectFocusRing(page.getByRole("slider", { name: "Height" }));
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("slider", { name: "Height" })).toHaveAttribute("aria-valuetext", "576 pixels");
  // 331,776 pixels: 1.0 + 1.4 × 69,632 / 131,072 = 1.74375 at 50 steps, 0.34875 at 10.
  await expect(output(page, "Credits per image")).toHaveText("0.35");

  const count = page.getByRole("textbox", { name: "Image count" });
  await tabTo(page, count);
  await expectFocusRing(count);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("4");
  await page.keyboard.press("Enter");
  await expect(output(page, "Total credits")).toHaveText("1.40");
  await expect(output(page, "Total price")).toHaveText("$0.014");

  const balance = page.getByRole("textbox", { name: "Balance in credits" });
  await tabTo(page, balance);
  await expectFocusRing(balance);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("1000");
  await page.keyboard.press("Tab");
  // 1,000 / 0.35 = 2,857.1.
  await expect(output(page, "Images your balance buys")).toHaveText("2,857");

  const wanted = page.getByRole("textbox", { name: "Images wanted" });
  await tabTo(page, wanted);
  await expectFocusRing(wanted);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("5000");
  await page.keyboard.press("Enter");
  // 5,000 × 0.35 = 1,750.00: 750 more than the balance, one $10 step.
  await expect(output(page, "Credits needed")).toHaveText("1,750.00");
  await expect(output(page, "Top-up needed")).toHaveText("$10");

  const current = page.locator('td[aria-current="true"] button');
  await tabTo(page, current);
  await expectFocusRing(current);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(output(page, "Credits per image")).toHaveText("1.20");
  await expect(page.locator('td[aria-current="true"]')).toHaveText("1.2");
  expect(problems).toEqual([]);
});

test("a click on a heatmap cell selects its settings", async ({ page }) => {
  await page.goto("./");
  const table = page.getByRole("table", { name: /by steps/ });
  await table.getByRole("row").nth(6).getByRole("cell").nth(5).click();
  await expect(output(page, "Credits per image")).toHaveText("28.20");
  await expect(page.getByRole("slider", { name: "Steps" })).toHaveValue("150");
  await expect(page.getByRole("slider", { name: "Width" })).toHaveValue("1024");
  await expect(page.getByRole("slider", { name: "Height" })).toHaveValue("1024");
  await expect(output(page, "Images your balance buys")).toHaveText("7");
  await expect(table.locator('[aria-current="true"]')).toHaveCount(1);
});

test("the chart draws when scrolled into view and moves its marker with the settings", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("./?steps=100");
  const figure = page.getByRole("figure");
  // Below the fold, it is not drawn until scrolled to (or until 8 s after load, for a print).
  await expect(page.getByRole("table", { name: /by steps/ })).toBeVisible();
  await expect(figure).toHaveAccessibleName(/The dot marks 512 × 512 at 100 steps: 2.00 credits\.$/);
  expect(await figure.evaluate((el) => el.getBoundingClientRect().top - window.innerHeight)).toBeGreaterThan(200);
  await expect(figure.locator(".recharts-line")).toHaveCount(0);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator(".recharts-line")).toHaveCount(6);
  const marker = figure.locator(".chart-marker");
  await expect(marker).toHaveCount(1);
  const at100 = { cx: Number(await marker.getAttribute("cx")), cy: Number(await marker.getAttribute("cy")) };
  await page.getByRole("slider", { name: "Steps" }).fill("150");
  await expect.poll(async () => Number(await marker.getAttribute("cx"))).toBeGreaterThan(at100.cx);
  // 3 credits at 150 steps sits higher (a smaller y) than 2 credits at 100.
  expect(Number(await marker.getAttribute("cy"))).toBeLessThan(at100.cy);
  // A tooltip lists the six sizes at the steps under the pointer, dearest first.
  await figure.scrollIntoViewIfNeeded();
  const box = await figure.locator(".recharts-wrapper").boundingBox();
  if (!box) throw new Error("the chart has no box");
  await page.mouse.move(box.x + box.width / 3, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  const tooltip = figure.locator(".recharts-tooltip-wrapper");
  await expect(tooltip).toContainText(/\d+ steps/);
  await expect(tooltip.locator(".recharts-tooltip-item")).toHaveCount(6);
  await expect(tooltip.locator(".recharts-tooltip-item").first()).toContainText("1024 × 1024");
  expect(problems).toEqual([]);
});

test("Download CSV saves the table in the current view", async ({ page }) => {
  await page.goto("./?view=usd");
  const { name, lines } = await downloadCsv(page);
  expect(name).toBe("dollars-per-image-2022.csv");
  // The published table's credits at $0.01 each, to four decimals.
  expect(lines).toEqual([
    "Steps \\ US dollars per image,512 × 512,512 × 768,512 × 1024,768 × 768,768 × 1024,1024 × 1024",
    "10,0.0020,0.0048,0.0076,0.0092,0.0132,0.0188",
    "25,0.0050,0.0120,0.0190,0.0230,0.0330,0.0470",
    "50,0.0100,0.0240,0.0380,0.0460,0.0660,0.0940",
    "75,0.0150,0.0360,0.0570,0.0690,0.0990,0.1410",
    "100,0.0200,0.0480,0.0760,0.0920,0.1320,0.1880",
    "150,0.0300,0.0720,0.1140,0.1380,0.1980,0.2820",
    "",
  ]);
});

for (const width of [320, 360]) {
  test(`a ${width} px wide phone has no horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto("./?width=640&steps=30&view=usd");
    await page.getByRole("figure").scrollIntoViewIfNeeded();
    await expect(page.getByRole("figure").locator(".recharts-line")).toHaveCount(6);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBe(0);
  });
}

test("the theme switch turns the page dark and back", async ({ page }) => {
  await page.goto("./");
  const root = page.locator(".explorer-root");
  await page.getByText("Dark", { exact: true }).click();
  await expect(root).toHaveAttribute("data-theme", "dark");
  await expect(root).toHaveCSS("background-color", "rgb(13, 15, 26)");
  await page.getByText("Light", { exact: true }).click();
  await expect(root).toHaveAttribute("data-theme", "light");
  await expect(root).toHaveCSS("background-color", "rgb(247, 247, 251)");
});

/**
 * Every figure that follows the settings, at 512 × 512, one image, the default 200 credits and
 * 100 images wanted: the Cost and Balance cards' outputs, the table's current cell, the chart's
 * caption and the current schedule's row of the comparison.
 */
async function expectFigures(
  page: Page,
  at: { steps: number; perImage: string; price: string; images: string; needed: string; topUp: string; cell: string },
) {
  await expect(page.getByRole("slider", { name: "Steps" })).toHaveValue(String(at.steps));
  await expect(page.getByRole("textbox", { name: "Steps" })).toHaveValue(String(at.steps));
  await expect(output(page, "Credits per image")).toHaveText(at.perImage);
  await expect(output(page, "Total credits")).toHaveText(at.perImage);
  await expect(output(page, "Total price")).toHaveText(at.price);
  await expect(output(page, "Images your balance buys")).toHaveText(at.images);
  await expect(output(page, "Credits needed")).toHaveText(at.needed);
  await expect(output(page, "Top-up needed")).toHaveText(at.topUp);
  await expect(page.locator('td[aria-current="true"]')).toHaveText(at.cell);
  await expect(page.getByRole("figure")).toHaveAccessibleName(
    `Credits per image against steps, for the published sizes. The dot marks 512 × 512 at ${at.steps} steps: ${at.perImage} credits.`,
  );
  await expect(page.locator('tr[aria-current="true"]').getByRole("cell")).toHaveText([
    at.perImage, `${at.perImage} ${at.price}`, at.images, "same",
  ]);
}

test("a fast run of key presses, or a drag, leaves every figure on the slider's last value", async ({ page }) => {
  await page.goto("./");
  const steps = page.getByRole("slider", { name: "Steps" });
  await steps.focus();
  await page.keyboard.press("Home");
  // Faster than frames: the balance, the table and the chart follow a frame late, in a render
  // that each press interrupts, and must not stop at an intermediate value.
  for (let i = 0; i < 55; i += 1) await page.keyboard.press("ArrowRight");
  // 65 steps, between the published rows: 1.0 × 65 / 50 = 1.30 credits (pricing-facts.md);
  // 200 credits buy 153 (153 × 1.30 = 198.90); 100 images take 130.00, which the balance covers.
  await expectFigures(page, {
    steps: 65, perImage: "1.30", price: "$0.013", images: "153", needed: "130.00", topUp: "$0", cell: "1.30",
  });
  await expect(page.getByRole("rowheader", { name: "65 estimate" })).toBeVisible();

  const box = await steps.boundingBox();
  if (!box) throw new Error("the Steps slider has no box");
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 40, box.y + box.height / 2, { steps: 25 });
  await page.mouse.up();
  // 150 steps, the published 3.0: 200 credits buy 66; 100 images take 300.00, 100 more than the
  // balance, which one $10 top-up (1,000 credits) covers.
  await expectFigures(page, {
    steps: 150, perImage: "3.00", price: "$0.03", images: "66", needed: "300.00", topUp: "$10", cell: "3.0",
  });
  await expect(page.getByRole("rowheader", { name: /estimate/ })).toHaveCount(0);

  // The chart's dot: on the 512 × 512 line, at its last point (150 steps).
  const figure = page.getByRole("figure");
  await figure.scrollIntoViewIfNeeded();
  const marker = figure.locator(".chart-marker");
  await expect(marker).toHaveCount(1);
  const d = (await figure.locator(".recharts-line path").first().getAttribute("d")) ?? "";
  const last = d.split(/[ML]/).filter(Boolean).at(-1)?.split(",").map(Number) ?? [];
  expect(Number(await marker.getAttribute("cx"))).toBeCloseTo(last[0] ?? NaN, 3);
  expect(Number(await marker.getAttribute("cy"))).toBeCloseTo(last[1] ?? NaN, 3);
});
