// Chromium only: axe-core runs through @axe-core/playwright, with Playwright's emulateMedia for the colour schemes.
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function showChart(page: Page) {
  const figure = page.getByRole("figure").first();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator(".recharts-line")).toHaveCount(6);
}

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds no violations in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("./?steps=30&width=640");
    await showChart(page);
    await expect(page.locator(".explorer-root")).toHaveCSS(
      "color",
      scheme === "dark" ? "rgb(242, 243, 250)" : "rgb(20, 20, 43)",
    );
    expect(await violations(page)).toEqual([]);
  });

  test(`axe finds no violations with theme=${scheme} against the other system scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme === "dark" ? "light" : "dark" });
    await page.goto(`./?theme=${scheme}&view=images`);
    await showChart(page);
    expect(await violations(page)).toEqual([]);
  });
}

test("axe finds no violations on the iframe example page, inside the frame too", async ({ page }) => {
  await page.goto("./examples/iframe.html");
  const frame = page.frameLocator('iframe[title="Credit pricing explorer"]');
  await expect(frame.getByRole("status", { name: "Credits per image" })).toHaveText("0.60");
  await expect(frame.getByRole("table", { name: /by steps/ })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test("axe finds no violations on the custom element example page", async ({ page }) => {
  await page.goto("./examples/element.html");
  const element = page.locator("pricing-explorer");
  await expect(element.getByRole("status", { name: "Credits per image" })).toHaveText("2.76");
  await expect(element.getByRole("table", { name: /by steps/ })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
