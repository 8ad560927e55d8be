// Chromium only: it builds a Sphinx site and reads layout shift from Chromium's layout-shift entries.
// A real Sphinx site with the Furo theme (Debian's Sphinx 5.3 and Furo 2022.12, mended as
// e2e/sites/sphinx/conf.py says), built here with the code from "Copy embed code" pasted as
// docs/embedding.md tells a docs author: Sphinx (reST) in an .rst page, Sphinx (MyST) in a MyST
// Markdown page. Served from another origin than the explorer.
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { spawnSync, type ChildProcess } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { findSphinxPython } from "../scripts/sphinx.mjs";
import { copiedEmbedCode, layoutShift, lowestTextContrast, measured, openSitePage, serveSite, sizedFrame, watchLayoutShift } from "./docs";
import { watchConsole } from "./helpers";
import { EXPLORER_PORT, frameSelector } from "./hosts";
import { parseColour } from "./paint";

const SITE_DIR = "e2e/sites/sphinx";
const PORT = EXPLORER_PORT + 4;
const SITE = `http://localhost:${PORT}/`;

const filler = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} about credits and what they bought.`).join("\n\n");
const around = (embed: string) => `What an image cost, at your settings.\n\n${embed}\n\n${filler(12)}`;
const rstPage = (embed: string, title = "Pricing (reST)") =>
  `${title}\n${"=".repeat(title.length)}\n\n${around(embed)}\n\nBuying credits\n--------------\n\n$10 bought 1,000 credits.\n\n${filler(30)}\n`;
const mystPage = (embed: string) => `# Pricing (MyST)\n\n${around(embed)}\n\n## Buying credits\n\n$10 bought 1,000 credits.\n\n${filler(30)}\n`;

const PAGES = { "reStructuredText": "pricing-rst.html", "MyST Markdown": "pricing-myst.html" } as const;

let server: ChildProcess | null = null;
/** The copied code's height rule: what it reserves at 1280 and at 390 px of window. */
let reserved = { wide: 0, narrow: 0 };

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const python = findSphinxPython();
  if (!python) throw new Error("No Python with Sphinx, Furo and MyST-Parser: apt-get install python3-sphinx furo python3-myst-parser (npm test does, as root).");
  const context = await browser.newContext();
  const copier = await context.newPage();
  const rst = await copiedEmbedCode(copier, "Sphinx (reST)");
  writeFileSync(`${SITE_DIR}/pricing-rst.rst`, rstPage(rst));
  writeFileSync(`${SITE_DIR}/pricing-myst.md`, mystPage(await copiedEmbedCode(copier, "Sphinx (MyST)")));
  writeFileSync(`${SITE_DIR}/pricing-taller.rst`, rstPage(await copiedEmbedCode(copier, "Sphinx (reST)", "?steps=30&width=640&height=1024"), "Pricing (taller)"));
  await context.close();
  const [, wide = "", narrow = ""] = /max\((\d+)px, min\((\d+)px/.exec(rst) ?? [];
  reserved = { wide: Number(wide), narrow: Number(narrow) };
  rmSync(`${SITE_DIR}/_build`, { recursive: true, force: true });
  // -W: a warning (a raw block Sphinx did not take, say) fails the build.
  const build = spawnSync(python, ["-m", "sphinx", "-b", "html", "-q", "-W", SITE_DIR, `${SITE_DIR}/_build`], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(`sphinx build failed:\n${build.stdout}\n${build.stderr}`);
  server = await serveSite(`${SITE_DIR}/_build`, PORT);
});

test.afterAll(() => {
  server?.kill();
});

const open = (page: Page, path: string, width = 1280) => openSitePage(page, `${SITE}${path}`, width);

const frame = (page: Page) => page.frameLocator(frameSelector);
const themeToggle = (page: Page) => page.getByRole("button", { name: "Toggle Light / Dark / Auto color theme" }).locator("visible=true");
const explorerTheme = (page: Page) => frame(page).locator(".explorer-root");
/** Back to the top of the page at once: Furo scrolls smoothly, and a click would land on a moving target. */
const toTop = (page: Page) => page.evaluate(() => scrollTo({ top: 0, behavior: "instant" }));
const pageBackground = async (page: Page) =>
  parseColour(await page.locator("body").evaluate((el) => getComputedStyle(el).backgroundColor)) ?? [255, 255, 255];

for (const [syntax, path] of Object.entries(PAGES)) {
  test.describe(syntax, () => {
    test("the copied code puts a working explorer where it was pasted, in Furo's article, with no console message", async ({ page }) => {
      const problems = watchConsole(page);
      await open(page, path);
      const iframe = page.locator(frameSelector);
      await expect(iframe).toHaveCount(1);
      expect(await iframe.evaluate((el) => el.previousElementSibling?.textContent)).toBe("What an image cost, at your settings.");
      expect(await iframe.evaluate((el) => el.closest("article[role=main]") !== null)).toBe(true);
      // Furo's own script runs (mended): its theme toggle shows.
      await expect(themeToggle(page)).toBeVisible();
      await sizedFrame(page);
      await frame(page).getByRole("slider", { name: "Steps" }).fill("100");
      await expect(frame(page).getByRole("status", { name: "Credits per image" })).toHaveText("2.00");
      expect(problems).toEqual([]);
    });

    for (const width of [1280, 390]) {
      test(`${width} px: as tall as its content, no taller than the copied code reserves, and nothing jumps on load`, async ({ page }) => {
        await watchLayoutShift(page, "article");
        await open(page, path, width);
        await expect(frame(page).getByRole("status", { name: "Credits per image" })).toHaveText("1.00");
        const height = measured("height", await sizedFrame(page));
        // On a phone the frame is 358 px wide, about the 360 px the code reserves for: exactly that
        // height. Furo's column is 736 px wide at 1280: in a docs column the explorer is as tall at
        // any width from 624 to 760 px (its size headers always on two lines), so there too.
        expect(height).toBe(width === 390 ? reserved.narrow : reserved.wide);
        await toTop(page);
        await page.waitForTimeout(1000);
        expect(measured("layout shift on load", await layoutShift(page))).toBeLessThanOrEqual(0.01);
      });
    }

    test("follows Furo's theme toggle (auto, dark, light), live, with its text legible on each", async ({ page }) => {
      const problems = watchConsole(page);
      await page.emulateMedia({ colorScheme: "light" });
      await open(page, path);
      await sizedFrame(page);
      await toTop(page);
      await expect(page.locator("body")).toHaveAttribute("data-theme", "auto");
      await expect(explorerTheme(page)).toHaveAttribute("data-theme", "light");
      // Furo's toggle on a light system goes auto → dark → light → auto.
      for (const [body, scheme] of [["dark", "dark"], ["light", "light"], ["auto", "light"], ["dark", "dark"]] as const) {
        await themeToggle(page).click();
        await expect(page.locator("body")).toHaveAttribute("data-theme", body);
        await expect(explorerTheme(page)).toHaveAttribute("data-theme", scheme);
        const lowest = await lowestTextContrast(frame(page), await pageBackground(page));
        expect(lowest.ratio, `"${lowest.text}" on ${body}`).toBeGreaterThanOrEqual(4.5);
      }
      // No reload: the frame's document is the one it started with.
      expect(await frame(page).locator("html").evaluate(() => performance.getEntriesByType("navigation").length)).toBe(1);
      expect(problems).toEqual([]);
    });

    test("on auto, follows a dark system, and the system turning light", async ({ page }) => {
      await page.emulateMedia({ colorScheme: "dark" });
      await open(page, path);
      await sizedFrame(page);
      await expect(page.locator("body")).toHaveAttribute("data-theme", "auto");
      // Furo's dark background (#131416), mended into Debian's CSS for "auto".
      expect(await pageBackground(page)).toEqual([19, 20, 22]);
      await expect(explorerTheme(page)).toHaveAttribute("data-theme", "dark");
      const lowest = await lowestTextContrast(frame(page), await pageBackground(page));
      expect(lowest.ratio, `"${lowest.text}" on a dark system`).toBeGreaterThanOrEqual(4.5);
      await page.emulateMedia({ colorScheme: "light" });
      expect(await pageBackground(page)).toEqual([255, 255, 255]);
      await expect(explorerTheme(page)).toHaveAttribute("data-theme", "light");
    });

    test("the keyboard reaches the explorer from the page, and axe finds nothing in the explorer", async ({ page }) => {
      await open(page, path);
      await sizedFrame(page);
      await toTop(page);
      const schedule = frame(page).getByRole("combobox", { name: "Price schedule" });
      let presses = 0;
      for (; presses < 40 && !(await schedule.evaluate((el) => el === document.activeElement)); presses += 1) {
        await page.keyboard.press("Tab");
      }
      measured("Tab presses to the explorer", presses);
      await expect(schedule).toBeFocused();
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      await expect(frame(page).getByRole("slider", { name: "Steps" })).toBeFocused();
      await page.keyboard.press("ArrowRight");
      await expect(frame(page).getByRole("status", { name: "Credits per image" })).toHaveText("1.02");
      // The whole page, so that the explorer is checked as the frame it is (rules for a page's
      // main landmark and h1 are the host's). Furo 2022.12 has findings of its own
      // (landmark-unique, region): only those inside the frame, where a target has two parts, count.
      const results = await new AxeBuilder({ page }).analyze();
      const inFrame = results.violations.flatMap((v) => v.nodes.filter((n) => n.target.length > 1).map((n) => `${v.id}: ${n.target.join(" ")}`));
      expect(inFrame).toEqual([]);
    });
  });
}

// Copied for settings whose table adds a row and a column: the frame is taller than the defaults'.
for (const width of [1280, 390]) {
  test(`${width} px, code copied at 30 steps and 640 × 1024, opened at a heading below the explorer: Furo scrolls smoothly there, and the heading stays put`, async ({ page }) => {
    await watchLayoutShift(page, "article");
    await open(page, "pricing-taller.html#buying-credits", width);
    const heading = page.getByRole("heading", { name: "Buying credits" });
    const top = () => heading.evaluate((el) => Math.round(el.getBoundingClientRect().top));
    // Where the browser's smooth scroll puts the heading: once scrolling has stopped.
    let placed = Number.NaN;
    await expect.poll(async () => {
      const before = await top();
      await page.waitForTimeout(250);
      placed = await top();
      return placed === before && (await page.evaluate(() => scrollY)) > 0;
    }).toBe(true);
    // The explorer above loads, and sizes itself when it is drawn: the reader scrolls up until
    // its foot shows, then back down by as much.
    const up = await page.locator(frameSelector).evaluate((el) => el.getBoundingClientRect().bottom - 100);
    await page.evaluate((by) => scrollBy({ top: by, behavior: "instant" }), up);
    await sizedFrame(page, false);
    await page.evaluate((by) => scrollBy({ top: -by, behavior: "instant" }), up);
    await page.waitForTimeout(500);
    expect(Math.abs((await top()) - placed), "the heading moved").toBeLessThanOrEqual(4);
    expect(measured("layout shift opened at a heading below", await layoutShift(page))).toBeLessThanOrEqual(0.01);
  });
}

