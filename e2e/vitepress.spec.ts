// Chromium only: it builds a VitePress site and reads layout shift from Chromium's layout-shift entries.
// A real VitePress 1 site, built here with both embeds as the README tells a docs author to add
// them: the iframe from "Copy embed code" for VitePress, embed.js in the config's head, and the
// custom element with its one-line reservation. Served from another origin than the explorer.
import { expect, test, type Page } from "@playwright/test";
import { spawnSync, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { copiedEmbedCode, layoutShift, measured, lowestTextContrast, openSitePage, serveSite, sizedFrame, watchLayoutShift, windowListeners } from "./docs";
import { watchConsole } from "./helpers";
import { EXPLORER, EXPLORER_PORT, frameSelector } from "./hosts";
import { parseColour } from "./paint";

const SITE_DIR = "e2e/sites/vitepress";
const PORT = EXPLORER_PORT + 3;
const SITE = `http://localhost:${PORT}/`;

/** Paragraphs of filler, so that a heading sits well below the explorer. */
const filler = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} about credits and what they bought.`).join("\n\n");

function page(title: string, embed: string) {
  return `# ${title}\n\nWhat an image cost, at your settings.\n\n${embed}\n\n${filler(12)}\n\n## Buying credits\n\n$10 bought 1,000 credits.\n\n${filler(30)}\n`;
}

let server: ChildProcess | null = null;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const copier = await context.newPage();
  writeFileSync(`${SITE_DIR}/pricing.md`, page("Pricing", await copiedEmbedCode(copier, "VitePress")));
  writeFileSync(`${SITE_DIR}/light.md`, page("Pricing, light", await copiedEmbedCode(copier, "VitePress", "?theme=light")));
  await context.close();
  writeFileSync(`${SITE_DIR}/element.md`, page("Pricing, custom element", "<pricing-explorer></pricing-explorer>"));
  const build = spawnSync("npx", ["vitepress", "build", SITE_DIR], { encoding: "utf8", env: { ...process.env, EXPLORER } });
  if (build.status !== 0) throw new Error(`vitepress build failed:\n${build.stdout}\n${build.stderr}`);
  server = await serveSite(`${SITE_DIR}/.vitepress/dist`, PORT);
});

test.afterAll(() => {
  server?.kill();
});

const open = (page: Page, path: string, width = 1280) => openSitePage(page, `${SITE}${path}`, width);

const frame = (page: Page) => page.frameLocator(frameSelector);
const darkSwitch = (page: Page) => page.locator(".VPSwitchAppearance:visible").first();
const sidebarLink = (page: Page, name: string) => page.locator(".VPSidebar").getByRole("link", { name, exact: true });

test("the copied iframe sits where it was pasted, works, and is at most 1,000 px tall in the docs column", async ({ page }) => {
  const problems = watchConsole(page);
  await open(page, "pricing.html");
  const iframe = page.locator(frameSelector);
  await expect(iframe).toHaveCount(1);
  expect(await iframe.evaluate((el) => el.previousElementSibling?.textContent)).toBe("What an image cost, at your settings.");
  expect(await iframe.evaluate((el) => el.closest(".vp-doc") !== null)).toBe(true);
  const height = measured("height", await sizedFrame(page));
  expect(height).toBeLessThanOrEqual(1000);
  await expect(frame(page).getByRole("slider", { name: "Steps" })).toBeVisible();
  await expect(frame(page).getByRole("table", { name: /by steps/ })).toBeVisible();
  await expect(frame(page).getByRole("status", { name: "Images your balance buys" })).toHaveText("200");
  await frame(page).getByRole("slider", { name: "Steps" }).fill("100");
  await expect(frame(page).getByRole("status", { name: "Credits per image" })).toHaveText("2.00");
  expect(problems).toEqual([]);
});

test("on a phone, the copied iframe is at most 1,600 px tall, with nothing scrolling inside", async ({ page }) => {
  await open(page, "pricing.html", 390);
  expect(measured("height", await sizedFrame(page))).toBeLessThanOrEqual(1600);
});

for (const width of [1280, 390]) {
  for (const [embed, path] of [["iframe", "pricing.html"], ["element", "element.html"]] as const) {
    test(`${embed}, ${width} px: nothing jumps, on load or when a link opens a heading below it`, async ({ page }) => {
      // VitePress's own navigation bar shifts as it hydrates, on every page: not counted here.
      await watchLayoutShift(page, ".VPContent");
      await open(page, path, width);
      if (embed === "iframe") await expect(frame(page).getByRole("status", { name: "Credits per image" })).toHaveText("1.00");
      else await expect(page.locator("pricing-explorer").getByRole("status", { name: "Credits per image" })).toHaveText("1.00");
      await page.waitForTimeout(1000);
      expect(measured("layout shift on load", await layoutShift(page)), "on load").toBeLessThanOrEqual(0.01);

      await open(page, `${path}#buying-credits`, width);
      const heading = page.getByRole("heading", { name: "Buying credits" });
      await expect(heading).toBeInViewport();
      const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
      // The reader scrolls up until the explorer's foot shows (a frame out of sight may not run),
      // it sizes itself, and they scroll back down by as much.
      const explorer = page.locator(embed === "iframe" ? frameSelector : "pricing-explorer");
      const up = await explorer.evaluate((el) => el.getBoundingClientRect().bottom - 100);
      await page.evaluate((by) => scrollBy(0, by), up);
      if (embed === "iframe") await sizedFrame(page, false);
      else await page.waitForTimeout(500);
      await page.evaluate((by) => scrollBy(0, -by), up);
      expect(Math.abs((await heading.evaluate((el) => el.getBoundingClientRect().top)) - top)).toBeLessThanOrEqual(1);
      expect(measured("layout shift opened at a heading below", await layoutShift(page)), "opened at #buying-credits").toBeLessThanOrEqual(0.01);
    });
  }
}

test("client-side navigation: leaving takes the explorer and its listeners away, coming back brings a working one", async ({ page }) => {
  const problems = watchConsole(page);
  await open(page, "other.html");
  const baseline = await windowListeners(page, "message");
  await sidebarLink(page, "Pricing").click();
  await expect(page).toHaveURL(/pricing\.html$/);
  await sizedFrame(page);
  expect(await windowListeners(page, "message")).toBe(baseline + 1);

  await sidebarLink(page, "Another page").click();
  await expect(page.getByRole("heading", { name: "Another page" })).toBeVisible();
  await expect(page.locator(frameSelector)).toHaveCount(0);
  expect(await windowListeners(page, "message")).toBe(baseline);

  await sidebarLink(page, "Pricing").click();
  await expect(page.locator(frameSelector)).toHaveCount(1);
  await sizedFrame(page);
  await frame(page).getByRole("slider", { name: "Width" }).fill("1024");
  await expect(frame(page).getByRole("status", { name: "Credits per image" })).toHaveText("3.80");

  await sidebarLink(page, "Pricing, custom element").click();
  await expect(page.locator(frameSelector)).toHaveCount(0);
  await expect(page.locator("pricing-explorer").getByRole("status", { name: "Credits per image" })).toHaveText("1.00");
  expect(await windowListeners(page, "message")).toBe(baseline);
  expect(problems).toEqual([]);
});

for (const [embed, path] of [["iframe", "pricing.html"], ["element", "element.html"]] as const) {
  test(`${embed}: follows the site's dark switch both ways, live, with its text legible on each`, async ({ page }) => {
    await open(page, path);
    const scope = embed === "iframe" ? frame(page) : page.locator("pricing-explorer");
    if (embed === "iframe") await sizedFrame(page);
    const root = scope.locator(".explorer-root");
    await expect(root).toHaveAttribute("data-theme", "light");
    const pageBackground = async () =>
      parseColour(await page.locator("body").evaluate((el) => getComputedStyle(el.querySelector(".VPContent") ?? el).backgroundColor)) ?? [255, 255, 255];
    for (const scheme of ["dark", "light", "dark"] as const) {
      await darkSwitch(page).click();
      await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
      await expect(root).toHaveAttribute("data-theme", scheme);
      const lowest = await lowestTextContrast(scope, await pageBackground());
      expect(lowest.ratio, `"${lowest.text}" on ${scheme}`).toBeGreaterThanOrEqual(4.5);
    }
    // No reload: the frame's document is the one it started with.
    if (embed === "iframe") expect(await frame(page).locator("html").evaluate(() => performance.getEntriesByType("navigation").length)).toBe(1);
  });
}

test("an explicit theme in the copied code wins over the site's switch", async ({ page }) => {
  await open(page, "light.html");
  await sizedFrame(page);
  await expect(frame(page).locator(".explorer-root")).toHaveAttribute("data-theme", "light");
  await darkSwitch(page).click();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await page.waitForTimeout(300);
  await expect(frame(page).locator(".explorer-root")).toHaveAttribute("data-theme", "light");
  // The iframe element keeps the frame's scheme, so that no opaque backdrop is painted behind it.
  expect(await page.locator(frameSelector).evaluate((el) => getComputedStyle(el).colorScheme)).toBe("light");
});
