// Chromium. Where the price bar may be (issue 21, item 5, "the price bar over the price"): it shows
// only while the reader uses a control and the Cost card's figures are not all on the screen, and
// then never over the Cost card or the field of that control. Reading, with no control in use, there
// is no bar, so it covers no text at all. Checked on four phone and tablet screens, standalone and in
// both embeds, at first view and at the scroll positions where the bar was reported or is needed.
// Past bugs: at 390 × 844 the bar covered the credits-per-image figure on first view (the Cost card
// was partly on the screen); in an iframe it sat over the table's source line, the frame's last
// text, whenever the frame's end was on the screen.
import { expect, test, type Frame, type Locator, type Page } from "@playwright/test";
import { EXPLORER, hostPage, openHostPage } from "./hosts";

type Where = "standalone" | "iframe" | "element";

/** Phone and tablet screens, CSS pixels. */
const SCREENS = [
  [320, 568],
  [375, 667],
  [390, 844],
  [768, 1024],
] as const;

const SLIDERS = ["Steps", "Width", "Height", "Image count"];
/** Longer than the bar takes to settle in a frame after scrolling stops (SETTLE_MS, 150 ms). */
const SETTLED = 400;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface Line extends Box {
  text: string;
}

/** What the screen shows of the explorer, in the host page's screen coordinates. */
interface Scene {
  /** The bar's state; it fades in and out over 150 ms. */
  shown: boolean;
  opacity: string;
  barText: string;
  bar: Box;
  card: Box;
  /** The Cost card's outputs, taken together. */
  figures: Box;
  /** The field of the focused control of the explorer (a slider's label, box and track), if any. */
  field: Box | null;
  /** Every line of text of the explorer that is at least partly on the screen. */
  lines: Line[];
}

interface Opened {
  /** Where the explorer's own nodes are found, for locators. */
  scope: Page | Locator | ReturnType<Page["frameLocator"]>;
  /** The document the explorer lays out in. */
  doc: () => Page | Frame;
  /** The explorer's document's offset on the screen (an iframe's place on the host page). */
  offset: () => Promise<{ x: number; y: number }>;
}

const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the docs page, with enough words to wrap on a phone.</p>`).join("");

async function open(page: Page, where: Where, width: number, height: number): Promise<Opened> {
  await page.setViewportSize({ width, height });
  if (where === "standalone") {
    await page.goto(EXPLORER);
    return { scope: page, doc: () => page, offset: async () => ({ x: 0, y: 0 }) };
  }
  if (where === "element") {
    await openHostPage(page, hostPage(`<h1>Pricing</h1>${filler(3)}<pricing-explorer></pricing-explorer>${filler(20)}`, `<script type="module" src="${EXPLORER}pricing-explorer.js"></script>`));
    return { scope: page.locator("pricing-explorer"), doc: () => page, offset: async () => ({ x: 0, y: 0 }) };
  }
  await openHostPage(page, hostPage(`<h1>Pricing</h1>${filler(3)}<script src="${EXPLORER}embed.js" async></script>${filler(20)}`));
  const iframe = page.locator("iframe");
  await iframe.waitFor();
  return {
    scope: page.frameLocator("iframe"),
    doc: () => {
      const child = page.frames().find((f) => f.url().includes("embed=1"));
      if (!child) throw new Error("no explorer frame");
      return child;
    },
    offset: () => iframe.evaluate((el) => ({ x: el.getBoundingClientRect().left, y: el.getBoundingClientRect().top })),
  };
}

/** Runs in the explorer's document: the scene, moved by the document's offset on the screen. */
function measureScene({ element, dx, dy, height }: { element: boolean; dx: number; dy: number; height: number }) {
  const root: Document | ShadowRoot = element ? (document.querySelector("pricing-explorer")?.shadowRoot ?? document) : document;
  const box = (r: DOMRect) => ({ left: r.left + dx, right: r.right + dx, top: r.top + dy, bottom: r.bottom + dy });
  const union = (boxes: Box[]) => ({
    left: Math.min(...boxes.map((b) => b.left)),
    right: Math.max(...boxes.map((b) => b.right)),
    top: Math.min(...boxes.map((b) => b.top)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  });
  const bar = root.querySelector<HTMLElement>("[data-price-bar]");
  const card = root.querySelector(".price-figure")?.closest("section");
  if (!bar || !card) throw new Error("no bar or no Cost card");
  const explorer = card.closest(".explorer-root") ?? root;
  const focused = root.activeElement;
  const field = focused && focused !== document.body && explorer.contains(focused) ? (focused.closest(".field") ?? focused) : null;
  const lines: Line[] = [];
  const walker = document.createTreeWalker(explorer, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent?.trim() || !parent || parent.closest("[data-price-bar], option, script, style")) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      // Screen-reader-only text is clipped to a pixel: not a line anyone reads.
      if (rect.width <= 1 || rect.height <= 1) continue;
      const line = { ...box(rect), text: node.textContent.trim().slice(0, 40) };
      if (line.bottom > 0 && line.top < height) lines.push(line);
    }
  }
  return {
    shown: bar.hasAttribute("data-shown"),
    opacity: getComputedStyle(bar).opacity,
    barText: (bar.textContent ?? "").replace(/\s+/g, " ").trim(),
    bar: box(bar.getBoundingClientRect()),
    card: box(card.getBoundingClientRect()),
    figures: union([...card.querySelectorAll("output")].map((o) => box(o.getBoundingClientRect()))),
    field: field ? box(field.getBoundingClientRect()) : null,
    lines,
  };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const px = (b: Box) => `${Math.round(b.top)}–${Math.round(b.bottom)}`;

async function measure(opened: Opened, where: Where, height: number): Promise<Scene> {
  const { x, y } = await opened.offset();
  return opened.doc().evaluate(measureScene, { element: where === "element", dx: x, dy: y, height });
}

/** Scrolls the page the explorer is on so that `edge` of `target` lands at `at` on the screen. */
async function scrollTo(page: Page, opened: Opened, target: Locator, edge: "top" | "bottom", at: number) {
  const { y } = await opened.offset();
  const rect = await target.evaluate((el) => ({ top: el.getBoundingClientRect().top, bottom: el.getBoundingClientRect().bottom }));
  await page.evaluate((by) => scrollBy({ top: by, behavior: "instant" }), rect[edge] + y - at);
}

/** Focuses a control without scrolling to it, as a touch does; or takes focus away from everything. */
async function focus(opened: Opened, control: Locator | null) {
  if (control) await control.evaluate((el: HTMLElement) => el.focus({ preventScroll: true }));
  else await opened.doc().evaluate(() => {
    const host = document.querySelector("pricing-explorer");
    ((host?.shadowRoot ?? document).activeElement as HTMLElement | null)?.blur();
  });
}

for (const where of ["standalone", "iframe", "element"] as const) {
  for (const [width, height] of SCREENS) {
    test(`${where} at ${width} × ${height}: the bar shows only while a control is in use and the figures are out of sight, never over the Cost card or that control`, async ({ page }) => {
      const opened = await open(page, where, width, height);
      const { scope } = opened;
      const table = scope.getByRole("table", { name: /by steps/ });
      await table.waitFor();
      const tableCard = scope.getByRole("region", { name: "Published price table" });
      const sourceLine = tableCard.locator("p", { hasText: "Source:" }).first();
      const card = scope.getByRole("region", { name: "Cost", exact: true });
      const fieldOf = (name: string) => scope.getByRole("slider", { name }).locator("xpath=..");
      let barSeen = 0;

      /** Checks the bar at the current scroll position, with `control` focused (or none). */
      const check = async (position: string, control: Locator | null) => {
        await focus(opened, control);
        // In a frame the bar settles 150 ms after the host page stops scrolling: the state is read
        // once that has passed, then polled (a slow machine may take longer).
        await page.waitForTimeout(SETTLED);
        const first = await measure(opened, where, height);
        const figuresInSight = first.figures.top >= 0 && first.figures.bottom <= height;
        const inUse = first.field !== null && first.field.bottom > 0 && first.field.top < height;
        const expected = !figuresInSight && inUse;
        await expect.poll(async () => (await measure(opened, where, height)).shown, `${position}: figures ${figuresInSight ? "in" : "out of"} sight, ${inUse ? "a control in use" : "no control in use"}`).toBe(expected);
        if (expected) await expect.poll(async () => (await measure(opened, where, height)).opacity, `${position}: faded in`).toBe("1");
        const scene = await measure(opened, where, height);
        const covered = scene.shown ? scene.lines.filter((line) => overlaps(line, scene.bar)) : [];
        if (!scene.shown) return;
        barSeen += 1;
        const at = `${position}: bar at ${px(scene.bar)}`;
        expect(scene.bar.top, at).toBeGreaterThanOrEqual(0);
        expect(scene.bar.bottom, at).toBeLessThanOrEqual(height);
        expect(overlaps(scene.bar, scene.card), `${at}, Cost card at ${px(scene.card)}`).toBe(false);
        expect(scene.field !== null && overlaps(scene.bar, scene.field), `${at}, field in use at ${scene.field && px(scene.field)}`).toBe(false);
        const ownLines = covered.filter((line) => scene.field && overlaps(line, scene.field));
        expect(ownLines, at).toEqual([]);
        const perImage = await scope.getByRole("status", { name: "Credits per image" }).textContent();
        const total = await scope.getByRole("status", { name: "Total credits" }).textContent();
        expect(scene.barText.startsWith(`${perImage} credits each · ${total} total`), `${at}: "${scene.barText}"`).toBe(true);
        // What the bar does cover: lines away from the reader, while a control is in use.
        test.info().annotations.push({ type: "covers", description: `${where} ${width}: ${position}: ${covered.map((l) => l.text).join(" | ") || "no text"}` });
      };

      // First view: the reader has touched nothing, whatever part of the Cost card is on screen.
      await check("first view", null);
      // The Cost card's top at the foot of the screen, its figures below it, a slider in use above.
      await scrollTo(page, opened, card, "top", height - 100);
      await check("Cost card's top at the foot, Image count in use", scope.getByRole("slider", { name: "Image count" }));
      await check("Cost card's top at the foot, reading", null);
      // Reading the table down to its source line, at the foot of the screen.
      await scrollTo(page, opened, sourceLine, "bottom", height - 8);
      await check("the table's source line at the foot, reading", null);
      // A cell of the table's last row in use there (Tab reaches it; a click also sets the price).
      await check("the table's source line at the foot, a cell in use", table.locator("tbody tr").last().getByRole("button").first());
      // The Cost card just scrolled off the top, reading what follows it.
      await scrollTo(page, opened, card, "bottom", -1);
      await check("Cost card just above the screen, reading", null);
      for (const name of SLIDERS) {
        const slider = scope.getByRole("slider", { name });
        await scrollTo(page, opened, fieldOf(name), "bottom", height - 8);
        await check(`${name} in use at the foot of the screen`, slider);
        await scrollTo(page, opened, fieldOf(name), "top", 8);
        await check(`${name} in use at the top of the screen`, slider);
      }
      // The explorer's end on the screen (the end of the page, standalone).
      await scrollTo(page, opened, scope.locator(".explorer-root"), "bottom", Math.round(height * 0.6));
      await check("the explorer's end on the screen, reading", null);
      // On a phone the Cost card is below the sliders: there the bar is needed, and it showed.
      if (width < 768 || where !== "standalone") expect(barSeen).toBeGreaterThan(0);
    });
  }
}

/** Runs in the page: the contrast of the bar's text, plain and bold, against its own background. */
function barContrast() {
  const bar = document.querySelector<HTMLElement>("[data-price-bar]");
  if (!bar) throw new Error("no bar");
  // Any CSS colour (Tailwind's are oklch) to sRGB bytes, through a canvas.
  const context = document.createElement("canvas").getContext("2d", { willReadFrequently: true });
  if (!context) throw new Error("no canvas");
  const rgba = (color: string) => {
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = color;
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data];
  };
  const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
    const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const background = rgba(getComputedStyle(bar).backgroundColor);
  const ratio = (color: string) => {
    const [a, b] = [luminance(rgba(color)), luminance(background)].sort((x, y) => y - x);
    return Math.round(((a ?? 0) + 0.05) / ((b ?? 0) + 0.05) * 100) / 100;
  };
  const strong = bar.querySelector("strong");
  return { opaque: background[3] === 255, plain: ratio(getComputedStyle(bar).color), bold: strong ? ratio(getComputedStyle(strong).color) : 0 };
}

test("the bar's text has a contrast of 4.5:1 or more against the bar, light and dark", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto(EXPLORER);
  await page.getByRole("table", { name: /by steps/ }).waitFor();
  const slider = page.getByRole("slider", { name: "Height" });
  // Height at the foot of the screen, in use: the bar shows at the top.
  const rect = await slider.evaluate((el) => el.getBoundingClientRect().bottom);
  await page.evaluate((by) => scrollBy({ top: by, behavior: "instant" }), rect - 600);
  await slider.evaluate((el: HTMLElement) => el.focus({ preventScroll: true }));
  await expect(page.locator("[data-price-bar][data-shown]")).toHaveCount(1);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const contrast = await page.evaluate(barContrast);
    expect(contrast.opaque, colorScheme).toBe(true);
    expect(contrast.plain, colorScheme).toBeGreaterThanOrEqual(4.5);
    expect(contrast.bold, colorScheme).toBeGreaterThanOrEqual(4.5);
    test.info().annotations.push({ type: "contrast", description: `${colorScheme}: ${contrast.plain}:1 plain, ${contrast.bold}:1 bold` });
  }
});

test("a slider pressed without taking focus, as Safari leaves it, is in use: the bar shows, and goes at a press elsewhere", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto(EXPLORER);
  await page.getByRole("table", { name: /by steps/ }).waitFor();
  const slider = page.getByRole("slider", { name: "Height" });
  const bar = page.locator("[data-price-bar][data-shown]");
  // First view: Height on the screen, the Cost card below it.
  expect(await page.getByRole("status", { name: "Total credits" }).evaluate((el) => el.getBoundingClientRect().top > innerHeight)).toBe(true);
  const press = (el: Element) => el.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, composed: true }));
  await slider.evaluate(press);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await expect(bar).toHaveCount(1);
  await page.getByRole("heading", { name: "Settings" }).evaluate(press);
  await expect(bar).toHaveCount(0);
});
