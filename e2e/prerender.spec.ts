import { expect, test } from "@playwright/test";

test.describe("before any script runs", () => {
  test.use({ javaScriptEnabled: false });

  test("the page already shows the default price, prerendered at build time", async ({ page }) => {
    await page.goto("./");
    await expect(page.getByRole("heading", { level: 1, name: "Credit pricing explorer" })).toBeVisible();
    await expect(page.getByRole("status", { name: "Credits per image" })).toHaveText("1.00");
    await expect(page.getByRole("status", { name: "Total price" })).toHaveText("$0.01");
    await expect(page.getByRole("slider", { name: "Steps" })).toHaveValue("50");
  });
});

test("the script takes over the prerendered page without a console error", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
  });
  await page.goto("./?steps=10");
  await expect(page.getByRole("status", { name: "Credits per image" })).toHaveText("0.20");
  await expect(page.getByRole("slider", { name: "Steps" })).toHaveCount(1);
  await expect(page.locator(".explorer-root")).toHaveCount(1);
  expect(problems).toEqual([]);
});
