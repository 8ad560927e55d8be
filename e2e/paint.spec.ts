// Chromium only: it uses Playwright's emulateMedia (prefers-color-scheme) and page.route host pages; engines/cases/paint.ts has light and dark in all three engines.
// What a reader sees in each place the explorer lives and in each colour scheme. Every check
// here reads computed colours or pixels: a chart that draws nothing fails, whatever the DOM holds.
// (The light theme's chart once had no lines at all while 297 node-counting tests passed.)
import { expect, test, type FrameLocator, type Locator, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { EXPLORER, frameSelector, hostPage, openHostPage } from "./hosts";
import {
  colourDistance,
  computed,
  computedAll,
  contrast,
  countPixels,
  luminance,
  parseColour,
  screenshotAround,
  type Rgb,
} from "./paint";

type Scope = Page | FrameLocator | Locator;

/** Embeds show the price, balance and table unless asked: these tests ask for every part. */
const ALL_PARTS = "cost,balance,table,chart,compare";
type Theme = "light" | "dark" | "auto";

/** A host page that follows the system's scheme, as most docs sites do by default. */
const HOST_HEAD = `<meta name="color-scheme" content="light dark"><style>
  body { background: #ffffff; color: #1c1e21 }
  @media (prefers-color-scheme: dark) { body { background: #1b1b1d; color: #e3e3e3 } }
</style>`;

const PLACES: Record<string, (page: Page, theme: Theme) => Promise<Scope>> = {
  standalone: async (page, theme) => {
    await page.goto(`./?theme=${theme}`);
    return page;
  },
  iframe: async (page, theme) => {
    await openHostPage(page, hostPage(`<script src="${EXPLORER}embed.js" data-theme="${theme}" data-parts="${ALL_PARTS}" async></script>`, HOST_HEAD));
    return page.frameLocator(frameSelector);
  },
  element: async (page, theme) => {
    await openHostPage(page, hostPage(
      `<pricing-explorer theme="${theme}" parts="${ALL_PARTS}"></pricing-explorer>`,
      `${HOST_HEAD}<script type="module" src="${EXPLORER}pricing-explorer.js"></script>`,
    ));
    return page.locator("pricing-explorer");
  },
};

// The explorer's theme setting and the system's colour scheme, and what the reader should get
// (embedded, auto follows the host page, which here follows the system).
const SCHEMES: [Theme, "light" | "dark", "light" | "dark"][] = [
  ["light", "light", "light"],
  ["dark", "dark", "dark"],
  ["light", "dark", "light"],
  ["dark", "light", "dark"],
  ["auto", "light", "light"],
  ["auto", "dark", "dark"],
];

function colour(text: string, what: string): Rgb {
  const parsed = parseColour(text);
  if (!parsed) throw new Error(`${what} is painted as ${JSON.stringify(text)}: nothing visible`);
  return parsed;
}

/** The colour behind an element: the first ancestor (out of a shadow root too) that paints one. */
async function cardBehind(locator: Locator): Promise<Rgb> {
  const background = await locator.evaluate((el) => {
    for (let node: Element | null = el; node; ) {
      const paint = getComputedStyle(node).backgroundColor;
      if (!/^rgba\(.*,\s*0\)$|^transparent$/.test(paint)) return paint;
      const parent: Node | null = node.parentElement ?? node.getRootNode();
      node = parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
    }
    return "rgb(255, 255, 255)";
  });
  return colour(background, "the background");
}

async function showChart(scope: Scope) {
  const figure = scope.getByRole("figure").first();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator(".recharts-line")).toHaveCount(6);
  return figure;
}

for (const [place, open] of Object.entries(PLACES)) {
  for (const [theme, system, expected] of SCHEMES) {
    test(`${place}, theme ${theme} on a ${system} system: the chart's lines, legend and dot are painted in distinct, legible colours`, async ({ page, context }) => {
      await page.emulateMedia({ colorScheme: system });
      const scope = await open(page, theme);
      const figure = await showChart(scope);
      const card = await cardBehind(figure);
      expect(luminance(card) < 0.2, "the card follows the scheme").toBe(expected === "dark");

      const lines = (await computedAll(figure.locator("path.recharts-curve"), "stroke")).map((c, i) => colour(c, `line ${i + 1}`));
      expect(lines).toHaveLength(6);
      for (const [i, line] of lines.entries()) {
        expect(contrast(line, card), `line ${i + 1} against the card`).toBeGreaterThanOrEqual(3);
        for (const other of lines.slice(i + 1)) expect(colourDistance(line, other)).toBeGreaterThanOrEqual(20);
      }

      const swatches = (await computedAll(figure.locator(".recharts-legend-icon"), "stroke")).map((c, i) => colour(c, `swatch ${i + 1}`));
      expect(swatches).toEqual(lines);
      const labels = (await computedAll(figure.locator(".recharts-legend-item-text"), "color")).map((c, i) => colour(c, `legend ${i + 1}`));
      for (const [i, label] of labels.entries()) {
        expect(contrast(label, card), `legend text ${i + 1}`).toBeGreaterThanOrEqual(4.5);
      }

      const dot = figure.locator(".chart-marker");
      const dotFill = colour(await computed(dot, "fill"), "the current-settings dot");
      expect(contrast(dotFill, card)).toBeGreaterThanOrEqual(3);
      expect(Number(await dot.getAttribute("r"))).toBeGreaterThanOrEqual(5);

      // Read back what is on screen: every line's colour, and the dot's, are in the plot.
      const plot = figure.locator(".recharts-wrapper > svg.recharts-surface");
      const counts = await countPixels(context, await plot.screenshot({ animations: "disabled" }), [...lines, dotFill], 20);
      for (const [i, count] of counts.entries()) {
        expect(count, i < lines.length ? `pixels of line ${i + 1}` : "pixels of the dot").toBeGreaterThanOrEqual(40);
      }
    });
  }
}

for (const [place, open] of Object.entries(PLACES)) {
  for (const scheme of ["light", "dark"] as const) {
    test(`${place}, ${scheme}: heatmap cells lighten as the price rises, cheapest darkest, and their text reads at 4.5:1`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const scope = await open(page, "auto");
      const cells = scope.getByRole("table", { name: /by steps/ }).locator("tbody td");
      await expect(cells).toHaveCount(36);
      const painted = await cells.evaluateAll((tds) =>
        tds.map((td) => ({
          price: Number(td.textContent),
          background: getComputedStyle(td).backgroundColor,
          text: getComputedStyle(td.querySelector("button") ?? td).color,
        })),
      );
      const byPrice = painted
        .map((cell) => ({ ...cell, light: luminance(colour(cell.background, `cell ${cell.price}`)) }))
        .sort((a, b) => a.price - b.price);
      for (const [i, cell] of byPrice.entries()) {
        expect(contrast(colour(cell.text, "cell text"), colour(cell.background, "cell")), `cell ${cell.price}`).toBeGreaterThanOrEqual(4.5);
        const dearer = byPrice.slice(i + 1).find((other) => other.price > cell.price);
        if (dearer) expect(dearer.light, `${dearer.price} is not darker than ${cell.price}`).toBeGreaterThanOrEqual(cell.light);
      }
      // The cheapest cell is the darkest and the dearest the lightest, and they differ plainly.
      expect(byPrice[0]?.light).toBeLessThan(0.05);
      expect(byPrice.at(-1)?.light).toBeGreaterThan(0.6);
    });
  }
}

/** Every kind of control a keyboard user lands on, with a name to say which failed. */
const FOCUSABLE: [string, (scope: Scope) => Locator][] = [
  ["the Steps slider", (scope) => scope.getByRole("slider", { name: "Steps" })],
  ["the Steps field", (scope) => scope.getByRole("textbox", { name: "Steps" })],
  ["a button", (scope) => scope.getByRole("button", { name: "Swap width and height" })],
  ["a theme option", (scope) => scope.getByRole("radio", { name: "Dark" })],
  ["the current table cell", (scope) => scope.locator('td[aria-current="true"] button')],
];

for (const [place, open] of Object.entries(PLACES)) {
  for (const scheme of ["light", "dark"] as const) {
    test(`${place}, ${scheme}: the focus ring is painted around every kind of control`, async ({ page, context }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const scope = await open(page, "auto");
      await expect(scope.getByRole("table", { name: /by steps/ })).toBeVisible();
      // Embedded, there is no theme switch: the host's scheme is followed.
      for (const [name, find] of FOCUSABLE.filter(([name]) => place === "standalone" || name !== "a theme option")) {
        const control = find(scope);
        await control.scrollIntoViewIfNeeded();
        // The ring is drawn on the control itself, or on its visible label for a hidden radio.
        const ringed = name === "a theme option" ? scope.getByText("Dark", { exact: true }) : control;
        const before = await screenshotAround(page, ringed, 8);
        await control.focus();
        expect(await control.evaluate((el) => el.matches(":focus-visible")), name).toBe(true);
        const style = await ringed.evaluate((el) => {
          const s = getComputedStyle(el);
          return { style: s.outlineStyle, width: Number.parseFloat(s.outlineWidth), colour: s.outlineColor };
        });
        expect(style.style, name).toBe("solid");
        expect(style.width, name).toBeGreaterThanOrEqual(2);
        const ring = colour(style.colour, `${name}'s ring`);
        // A table cell's ring sits between the card-coloured gap around it and a band inside it.
        const cell = name === "the current table cell";
        const card = await cardBehind(cell ? scope.getByRole("table", { name: /by steps/ }) : control);
        if (cell) expect(await computed(control, "box-shadow")).toMatch(/ inset$/);
        expect(contrast(ring, card), `${name}'s ring against the card`).toBeGreaterThanOrEqual(3);
        const after = await screenshotAround(page, ringed, 8);
        const [ringBefore, ringAfter] = await Promise.all([
          countPixels(context, before, [ring], 16),
          countPixels(context, after, [ring], 16),
        ]);
        // A 3 px ring around even the smallest control adds well over 100 pixels of its colour.
        expect((ringAfter[0] ?? 0) - (ringBefore[0] ?? 0), `${name}: ring pixels painted`).toBeGreaterThan(100);
        await control.blur();
      }
    });
  }
}

/** Every custom property the explorer's code and styles read, except a host's optional hooks. */
function variablesRead(): string[] {
  const names = new Set<string>();
  for (const file of readdirSync("src", { recursive: true, encoding: "utf8" })) {
    if (!/\.(tsx?|css)$/.test(file) || /\.test\.tsx?$/.test(file)) continue;
    for (const match of readFileSync(`src/${file}`, "utf8").matchAll(/var\((--[\w-]+)/g)) {
      if (!/^--(tw|pricing-explorer|lightningcss)-/.test(match[1] ?? "")) names.add(match[1] ?? "");
    }
  }
  return [...names].sort();
}

for (const [place, open] of Object.entries(PLACES)) {
  test(`${place}: every variable the code reads through var() has a value in both themes`, async ({ page }) => {
    const names = variablesRead();
    expect(names).toEqual(expect.arrayContaining(["--color-series-1", "--color-series-7", "--color-card", "--color-accent"]));
    for (const theme of ["light", "dark"] as const) {
      const scope = await open(page, theme);
      const root = scope.locator(".explorer-root");
      await expect(root).toHaveAttribute("data-theme", theme);
      const values = await root.evaluate((el, list) => list.map((name) => [name, getComputedStyle(el).getPropertyValue(name).trim()]), names);
      expect(values.filter(([, value]) => value === ""), `${theme}: variables without a value`).toEqual([]);
    }
  });
}
