// Chromium only: it collects console messages with Playwright's page.on("console") (WebKitWebDriver has no BiDi for them); engines/cases/standalone.ts checks the same figures everywhere.
import { expect, test } from "@playwright/test";
import { watchConsole } from "./helpers";

test("the page loads, shows the default cost, and logs no error", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1, name: "Credit pricing explorer" })).toBeVisible();
  await expect(page.getByRole("status", { name: "Credits per image" })).toHaveText("1.00");
  await expect(page.getByRole("status", { name: "Total credits" })).toHaveText("1.00");
  await expect(page.getByRole("status", { name: "Total price" })).toHaveText("$0.01");
  await expect(page.getByRole("status", { name: "Images your balance buys" })).toHaveText("200");
  await expect(page.getByRole("table", { name: /by steps/ })).toHaveAccessibleName(/^Credits per image/);
  expect(problems).toEqual([]);
});
