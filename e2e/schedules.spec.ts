// Chromium only: it uses Playwright's download events and page.route host pages; engines/cases/standalone.ts switches schedules in all three engines.
import { expect, test, type FrameLocator, type Locator, type Page } from "@playwright/test";
import { downloadCsv, watchConsole } from "./helpers";
import { EXPLORER, frameSelector, hostPage, openHostPage } from "./hosts";

type Scope = Page | FrameLocator | Locator;
const output = (scope: Scope, name: string) => scope.getByRole("status", { name });
const heatmap = (scope: Scope) => scope.getByRole("table", { name: /by steps/ });
const schedule = (scope: Scope) => scope.getByRole("combobox", { name: "Price schedule" });

test("switching schedules reprices everything, and says what it brought into range", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("./?steps=30&width=1024&height=1024&count=2");
  await expect(output(page, "Credits per image")).toHaveText("5.64");
  await expect(schedule(page)).toHaveValue("2022");
  expect(await schedule(page).locator("option").allTextContents()).toEqual([
    "DreamStudio 2022",
    "Stable Diffusion 1.5 and 2.1, from December 2022",
    "SDXL beta, from April 2023",
    "SDXL 1.0, from July 2023",
  ]);

  await schedule(page).selectOption("2022-12");
  await expect(output(page, "Credits per image")).toHaveText("1.90");
  await expect(output(page, "Total credits")).toHaveText("3.80");
  await expect(output(page, "Total price")).toHaveText("$0.038");
  // The balance and the plan too: 200 / 1.90 = 105.3 images; 100 wanted take 190.00, covered.
  await expect(output(page, "Images your balance buys")).toHaveText("105");
  await expect(output(page, "Credits needed")).toHaveText("190.00");
  await expect(output(page, "Top-up needed")).toHaveText("$0");
  await expect(page.getByText("A published cell: the table prints 1.9.")).toBeVisible();
  await expect(heatmap(page).getByRole("rowheader")).toHaveText(["15", "30", "50", "100", "150"]);
  await expect(heatmap(page).locator('td[aria-current="true"]')).toHaveText("1.9");
  await expect(page.getByRole("button", { name: "Reset to 100 free credits" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Stability’s credits page, pricing table/ })).toHaveAttribute(
    "href",
    /2938f7e0b4cf7e9acb6dcb4336c15e29a6eacc6f\/packages\/app\/src\/Documentation\/GettingStarted\/CreditsAndBilling\.md$/,
  );
  await expect(page).toHaveURL(/\?schedule=2022-12&steps=30&width=1024&height=1024&count=2$/);

  await schedule(page).selectOption("sdxl-beta");
  await expect(page.getByText("SDXL beta offers 10–150 steps and sides of 512–896 pixels: width 1024 → 896, height 1024 → 896.")).toBeVisible();
  await expect(page.getByRole("slider", { name: "Width" })).toHaveValue("896");
  await expect(page.getByRole("slider", { name: "Width" })).toHaveAttribute("max", "896");
  // (896 × 896 − 169,527) × 30 / 30 × 5.4e-6 = 3.4198: 200 / 3.42 = 58.5 images; 342.00 for 100.
  await expect(output(page, "Credits per image")).toHaveText("3.42");
  await expect(output(page, "Total credits")).toHaveText("6.84");
  await expect(output(page, "Images your balance buys")).toHaveText("58");
  await expect(output(page, "Credits needed")).toHaveText("342.00");
  await expect(output(page, "Top-up needed")).toHaveText("$10");
  await expect(page.getByText("Priced by the source’s own formula, not a published cell.")).toBeVisible();
  await expect(heatmap(page).getByRole("columnheader")).toHaveText([
    "Steps", "512 × 512", "640 × 512", "768 × 512", "896 × 512", "512 × 640", "512 × 768", "512 × 896", "896 × 896 computed",
  ]);

  // The note stays with the switch that caused it; moving a slider keeps the new ranges.
  await page.getByRole("slider", { name: "Steps" }).fill("150");
  await expect(output(page, "Credits per image")).toHaveText("17.10");
  expect(problems).toEqual([]);
});

test("a link to a later schedule opens in its own ranges, prices, table and chart", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("./?schedule=sdxl&steps=29&width=512");
  await expect(schedule(page)).toHaveValue("sdxl");
  await expect(page.getByRole("slider", { name: "Width" })).toHaveValue("640");
  await expect(output(page, "Credits per image")).toHaveText("1.64");
  await expect(heatmap(page).getByRole("columnheader")).toHaveText(["Steps", "Any size"]);
  await expect(heatmap(page).getByRole("rowheader")).toHaveText(["29 computed", "30", "40", "50"]);
  await expect(heatmap(page).getByRole("cell")).toHaveText(["1.64", "1.6", "1.8", "2.0"]);
  await expect(page.getByText(/As published, the price falls where the formula meets a fixed price/)).toBeVisible();
  const figure = page.getByRole("figure");
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator(".recharts-line")).toHaveCount(1);
  await expect(figure.locator(".recharts-legend-item-text")).toHaveText(["Any size"]);
  expect(problems).toEqual([]);
});

test("the comparison prices the same settings under every schedule, as a table", async ({ page }) => {
  await page.goto("./?balance=1000");
  const table = page.getByRole("table", { name: /under each price schedule/ });
  await table.scrollIntoViewIfNeeded();
  await expect(table.getByRole("row")).toHaveText([
    "SchedulePer imageTotalImages the balance buysChange from DreamStudio 2022",
    "DreamStudio 20222022" + "1.001.00 $0.01" + "1,000" + "same",
    "Stable Diffusion 1.5 and 2.1from December 2022" + "0.330.33 $0.0033" + "3,030" + "-67%",
    "SDXL betafrom April 2023" + "0.830.83 $0.0083" + "1,204" + "-17%",
    "SDXL 1.0from July 2023" + "Not offered: 10–150 steps and sides of 640–1536 pixels.",
  ]);
  await expect(table.locator('tr[aria-current="true"] th')).toHaveText("DreamStudio 20222022");
  await schedule(page).selectOption("sdxl-beta");
  await expect(table.locator('tr[aria-current="true"] th')).toHaveText("SDXL betafrom April 2023");
  await table.scrollIntoViewIfNeeded();
  await expect(page.locator(".recharts-bar-rectangle")).toHaveCount(3);
});

test("Download CSV writes the schedule's own table, as printed", async ({ page }) => {
  await page.goto("./?schedule=sdxl-beta&steps=30");
  const { name, lines } = await downloadCsv(page);
  expect(name).toBe("credits-per-image-sdxl-beta.csv");
  expect(lines.slice(0, 3)).toEqual([
    "Steps \\ credits per image,512 × 512,640 × 512,768 × 512,896 × 512,512 × 640,512 × 768,512 × 896",
    "15,0.25,0.43,0.6,0.78,0.43,0.6,0.78",
    "30,0.50,0.85,1.21,1.56,0.85,1.21,1.56",
  ]);
});

test("the iframe and the element take a schedule from their snippet, and the element follows a change", async ({ page }) => {
  const problems = watchConsole(page);
  await openHostPage(page, hostPage(
    `<script src="${EXPLORER}embed.js" data-schedule="2022-12" data-steps="30" async></script>
     <pricing-explorer schedule="sdxl" steps="40"></pricing-explorer>`,
    `<script type="module" src="${EXPLORER}pricing-explorer.js"></script>`,
  ));
  const frame = page.frameLocator(frameSelector);
  await expect(output(frame, "Credits per image")).toHaveText("0.20");
  await expect(schedule(frame)).toHaveValue("2022-12");
  const element = page.locator("pricing-explorer");
  await expect(output(element, "Credits per image")).toHaveText("1.80");
  await element.getByRole("slider", { name: "Width" }).fill("1536");
  await element.evaluate((el) => el.setAttribute("schedule", "sdxl-beta"));
  await expect(schedule(element)).toHaveValue("sdxl-beta");
  await expect(element.getByRole("slider", { name: "Width" })).toHaveValue("896");
  await expect(output(element, "Credits per image")).toHaveText("2.91");
  expect(problems).toEqual([]);
});

test("a keyboard user switches schedules with the arrow keys", async ({ page }) => {
  await page.goto("./");
  await schedule(page).focus();
  await page.keyboard.press("ArrowDown");
  await expect(schedule(page)).toHaveValue("2022-12");
  await expect(output(page, "Credits per image")).toHaveText("0.33");
  await page.keyboard.press("ArrowDown");
  await expect(schedule(page)).toHaveValue("sdxl-beta");
  await expect(output(page, "Credits per image")).toHaveText("0.83");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(schedule(page)).toHaveValue("2022");
  await expect(output(page, "Credits per image")).toHaveText("1.00");
});
