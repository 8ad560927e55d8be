// Chromium only: host pages come from Playwright's page.route and console errors from page.on; engines/cases/embeds.ts has the element's cases for all three engines.
import { expect, test, type Locator } from "@playwright/test";
import { watchConsole } from "./helpers";
import { EXPLORER, hostPage, openHostPage } from "./hosts";

const HOSTILE_CSS = `
  * { font: 30px serif !important; color: red !important; letter-spacing: 3px !important; text-transform: uppercase !important; }
  button, input, table, td, output { all: unset !important; border: 5px solid lime !important; }
  .rounded-2xl, .bg-card, .text-ink, .p-4, .explorer-root { background: hotpink !important; padding: 40px !important; }
  :root { --color-ink: red; --color-card: hotpink; --font-sans: serif; }
`;

const elementScript = `<script type="module" src="${EXPLORER}pricing-explorer.js"></script>`;

function style(locator: Locator, property: string) {
  return locator.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
}

test("the custom element renders the right cost from another origin, lazy chart included", async ({ page }) => {
  const problems = watchConsole(page);
  await openHostPage(page, hostPage(
    `<pricing-explorer steps="30" width="768" height="768" balance="1000" parts="cost,balance,chart"></pricing-explorer>`,
    elementScript,
  ));
  const element = page.locator("pricing-explorer");
  await expect(element.getByRole("status", { name: "Credits per image" })).toHaveText("2.76");
  await expect(element.getByRole("table")).toHaveCount(0);
  await expect(element.getByRole("status", { name: "Images your balance buys" })).toHaveText("362");
  expect(await element.evaluate((el) => el.shadowRoot?.mode)).toBe("open");
  await element.getByRole("figure").scrollIntoViewIfNeeded();
  await expect(element.locator(".recharts-line")).toHaveCount(6);
  expect(await page.evaluate(() => location.href)).toBe("http://localhost:4174/page.html");
  expect(problems).toEqual([]);
});

test("changing an attribute after load updates the explorer, and keeps the reader's other changes", async ({ page }) => {
  await openHostPage(page, hostPage(`<pricing-explorer steps="30" width="768" height="768"></pricing-explorer>`, elementScript));
  const element = page.locator("pricing-explorer");
  await expect(element.getByRole("status", { name: "Credits per image" })).toHaveText("2.76");
  await element.getByRole("slider", { name: "Image count" }).fill("2");
  await element.evaluate((el) => el.setAttribute("steps", "150"));
  await expect(element.getByRole("status", { name: "Credits per image" })).toHaveText("13.80");
  await expect(element.getByRole("status", { name: "Total credits" })).toHaveText("27.60");
  await element.evaluate((el) => el.setAttribute("view", "usd"));
  await expect(element.getByRole("radio", { name: "Dollars" })).toBeChecked();
  await element.evaluate((el) => el.setAttribute("balance", "not a number"));
  await expect(element.getByRole("textbox", { name: "Balance in credits" })).toHaveValue("200");
  await element.evaluate((el) => el.removeAttribute("steps"));
  await expect(element.getByRole("status", { name: "Credits per image" })).toHaveText("4.60");
  expect(await page.evaluate(() => location.search)).toBe("");
});

test("the host page's CSS does not change the element, and the element's CSS does not change the host", async ({ page }) => {
  await openHostPage(page, hostPage(
    `<p id="host-text" class="text-ink p-4">Host text</p>
     <button id="host-button" class="rounded-lg border border-line px-3">Host button</button>
     <pricing-explorer steps="30"></pricing-explorer>`,
    `<style>${HOSTILE_CSS}</style>${elementScript}`,
  ));
  const element = page.locator("pricing-explorer");
  const perImage = element.getByRole("status", { name: "Credits per image" });
  await expect(perImage).toHaveText("0.60");

  expect(await style(perImage, "color")).toBe("rgb(20, 20, 43)");
  // The compact size, in pixels: the element's styles never scale with the host's rem.
  expect(await style(perImage, "font-size")).toBe("36px");
  expect(await style(perImage, "font-family")).toMatch(/^ui-sans-serif, system-ui/);
  expect(await style(perImage, "letter-spacing")).not.toBe("3px");
  expect(await style(perImage, "text-transform")).toBe("none");
  const card = element.locator("section.card").first();
  expect(await style(card, "background-color")).toBe("rgb(255, 255, 255)");
  expect(await style(card, "padding-top")).toBe("12px");
  const slider = element.getByRole("slider", { name: "Steps" });
  expect(await style(slider, "border-top-width")).toBe("0px");

  // Tailwind's @property-registered variables: rings and shadows still draw in the shadow root.
  expect(await style(element.locator('td[aria-current="true"]'), "box-shadow")).toContain("rgb(20, 20, 43)");
  expect(await style(card, "box-shadow")).not.toBe("none");

  // The host keeps its own look, and gets none of the element's styles.
  const hostText = page.locator("#host-text");
  expect(await style(hostText, "color")).toBe("rgb(255, 0, 0)");
  expect(await style(hostText, "font-size")).toBe("30px");
  expect(await style(page.locator("#host-button"), "border-top-width")).toBe("5px");
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll("style").length)).toBe(1);
});

test("a host matches its brand through the documented custom properties", async ({ page }) => {
  await openHostPage(page, hostPage(
    `<pricing-explorer></pricing-explorer>`,
    `<style>pricing-explorer { --pricing-explorer-accent: rgb(11, 87, 208); --pricing-explorer-font: "Brand Sans", monospace; }</style>${elementScript}`,
  ));
  const element = page.locator("pricing-explorer");
  await expect(element.getByRole("status", { name: "Credits per image" })).toHaveText("1.00");
  const checked = element.locator("label:has(input:checked) span").first();
  expect(await style(checked, "background-color")).toBe("rgb(11, 87, 208)");
  expect(await style(element.getByRole("status", { name: "Credits per image" }), "font-family")).toBe('"Brand Sans", monospace');
});

test("two custom elements on one page are independent", async ({ page }) => {
  await openHostPage(page, hostPage(
    `<pricing-explorer id="a" steps="10"></pricing-explorer><pricing-explorer id="b" steps="100" theme="dark"></pricing-explorer>`,
    elementScript,
  ));
  const a = page.locator("#a");
  const b = page.locator("#b");
  await expect(a.getByRole("status", { name: "Credits per image" })).toHaveText("0.20");
  await expect(b.getByRole("status", { name: "Credits per image" })).toHaveText("2.00");
  await a.getByRole("slider", { name: "Width" }).fill("1024");
  await expect(a.getByRole("status", { name: "Credits per image" })).toHaveText("0.76");
  await expect(b.getByRole("status", { name: "Credits per image" })).toHaveText("2.00");
  await expect(b.locator(".explorer-root")).toHaveAttribute("data-theme", "dark");
  // On auto, it takes the scheme of the page it is on: this one is light.
  await expect(a.locator(".explorer-root")).toHaveAttribute("data-theme", "light");
});

test("the element works in a React 19 page, following its props", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("./examples/react.html");
  const element = page.locator("pricing-explorer");
  await expect(element.getByRole("status", { name: "Credits per image" })).toHaveText("1.20");
  await page.getByRole("button", { name: "Show 100 steps" }).click();
  await expect(element.getByRole("status", { name: "Credits per image" })).toHaveText("4.80");
  await page.getByRole("button", { name: "Show 25 steps" }).click();
  await expect(element.getByRole("status", { name: "Credits per image" })).toHaveText("1.20");
  expect(problems).toEqual([]);
});
