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

test("a keyboard-only user sets every control, in a sensible order, with visible focus", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("./");
  await page.locator("body").click({ position: { x: 1, y: 1 } });

  const steps = page.getByRole("slider", { name: "Steps" });
  await tabTo(page, steps);
  const outline = await steps.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe("solid");
  await page.keyboard.press("ArrowLeft");
  await expect(steps).toHaveValue("49");
  await page.keyboard.press("Home");
  await expect(output(page, "Credits per image")).toHaveText("0.20");

  await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: "Width" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("slider", { name: "Width" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("slider", { name: "Width" })).toHaveAttribute("aria-valuetext", "576 pixels");
  await expect(output(page, "Credits per image")).toHaveText("0.27");

  const count = page.getByRole("textbox", { name: "Image count" });
  await tabTo(page, count);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("4");
  await page.keyboard.press("Enter");
  await expect(output(page, "Total credits")).toHaveText("1.08");
  await expect(output(page, "Total price")).toHaveText("$0.0108");

  const balance = page.getByRole("textbox", { name: "Balance in credits" });
  await tabTo(page, balance);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("1000");
  await page.keyboard.press("Tab");
  await expect(output(page, "Images your balance buys")).toHaveText("3,703");

  const current = page.locator('td[aria-current="true"] button');
  await tabTo(page, current);
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
  await expect(output(page, "Images your balance buys")).toHaveText("7");
  await expect(table.locator('[aria-current="true"]')).toHaveCount(1);
});

test("the chart draws when scrolled into view and moves its marker with the settings", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("./?steps=100");
  const figure = page.getByRole("figure");
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
  expect(lines[1]).toBe("10,0.0020,0.0048,0.0076,0.0092,0.0132,0.0188");
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
  await expect(root).toHaveCSS("background-color", "rgb(247, 247, 251)");
});

test("a fast run of key presses, or a drag, leaves every figure on the slider's last value", async ({ page }) => {
  await page.goto("./");
  const steps = page.getByRole("slider", { name: "Steps" });
  await steps.focus();
  await page.keyboard.press("Home");
  // Faster than frames: the balance, the table and the chart follow a frame late, in a render
  // that each press interrupts, and must not stop at an intermediate value.
  for (let i = 0; i < 55; i += 1) await page.keyboard.press("ArrowRight");
  await expect(steps).toHaveValue("65");
  await expect(page.getByRole("textbox", { name: "Steps" })).toHaveValue("65");
  await expect(output(page, "Credits per image")).toHaveText("1.30");
  await expect(page.locator('td[aria-current="true"]')).toHaveText("1.30");
  await expect(page.getByRole("rowheader", { name: "65 estimate" })).toBeVisible();
  await expect(page.getByText("The dot marks 512 × 512 at 65 steps: 1.30 credits.")).toBeVisible();

  const box = await steps.boundingBox();
  if (!box) throw new Error("the Steps slider has no box");
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 40, box.y + box.height / 2, { steps: 25 });
  await page.mouse.up();
  await expect(steps).toHaveValue("150");
  await expect(output(page, "Credits per image")).toHaveText("3.00");
  await expect(page.locator('td[aria-current="true"]')).toHaveText("3.0");
});
