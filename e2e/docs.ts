// What a docs author does, for the docs-site tests: copy the embed code from the page, and watch
// what their reader gets (layout shift, the explorer's height and theme, the listeners it leaves).
import { expect, test, type Frame, type FrameLocator, type Page } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import type { EmbedTarget } from "../src/share/embedSnippet";
import { EXPLORER, frameSelector } from "./hosts";
import { contrast, parseColour, type Rgb } from "./paint";

/** The embed code that Copy embed code gives for a target, at the explorer's default settings. */
export async function copiedEmbedCode(page: Page, target: EmbedTarget, query = ""): Promise<string> {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`${EXPLORER}${query}`);
  await page.getByRole("combobox", { name: "Embed for" }).selectOption(target);
  await page.getByRole("button", { name: "Copy embed code" }).click();
  await expect(page.getByText(`Copied the embed code for ${target}.`)).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

/**
 * Records every layout shift not caused by input, from before the page's first script, with
 * whether it moved anything inside `content` (a selector for the page's content column): a docs
 * theme's own header settling as it hydrates is not the explorer's doing.
 */
export async function watchLayoutShift(page: Page, content = "body") {
  await page.addInitScript((selector) => {
    const shifts: { value: number; inContent: boolean }[] = [];
    Object.assign(window, { __shifts: shifts });
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        const inContent = entry.sources.some(({ node }) => {
          const element = node instanceof Element ? node : node?.parentElement;
          return element?.closest(selector) != null;
        });
        shifts.push({ value: entry.value, inContent });
      }
    }).observe({ type: "layout-shift", buffered: true });
  }, content);
}

/** The sum of the shifts so far that moved the content (at least its cumulative layout shift). */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() =>
    (window as unknown as { __shifts: { value: number; inContent: boolean }[] }).__shifts
      .filter((shift) => shift.inContent)
      .reduce((sum, shift) => sum + shift.value, 0),
  );
}

/** The sum of every shift so far in a page or frame, the page's own included. */
export function allLayoutShift(page: Page | Frame): Promise<number> {
  return page.evaluate(() =>
    (window as unknown as { __shifts: { value: number }[] }).__shifts.reduce((sum, shift) => sum + shift.value, 0),
  );
}

/** How many listeners of a type the page's window has, as DevTools counts them. */
export async function windowListeners(page: Page, type: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send("Runtime.evaluate", { expression: "window" });
    const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId ?? "" });
    return listeners.filter((listener) => listener.type === type).length;
  } finally {
    await cdp.detach();
  }
}

/**
 * Waits until the iframe is as tall as its content, with nothing scrolling inside; its height.
 * Scrolled to first, unless told not to (a frame loads once near the screen).
 */
export async function sizedFrame(page: Page, scroll = true): Promise<number> {
  const iframe = page.locator(frameSelector);
  if (scroll) await iframe.scrollIntoViewIfNeeded();
  const frame = page.frameLocator(frameSelector);
  await expect(frame.getByRole("status", { name: "Credits per image" })).toHaveText(/^\d/);
  // Answered by embed.js (told the page's scheme, its theme of auto shows as light or dark, and
  // reporting its height to the page), and as tall as its content. A frame taller than its
  // content has a scroll height of its own height: that alone matches too.
  await expect(frame.locator(".explorer-root")).toHaveAttribute("data-theme", /^(light|dark)$/);
  await expect(frame.locator(".explorer-root")).toHaveCSS("visibility", "visible");
  await expect.poll(async () => {
    const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    const inner = await frame.locator("html").evaluate((el) => el.scrollHeight);
    return `iframe ${outer}, content ${inner}`;
  }).toMatch(/^iframe (\d+), content \1$/);
  return iframe.evaluate((el) => el.getBoundingClientRect().height);
}

/**
 * The lowest contrast of the explorer's text against what is painted behind it: its card, or
 * where nothing inside paints, the host page's background.
 */
export async function lowestTextContrast(scope: FrameLocator | ReturnType<Page["locator"]>, hostBackground: Rgb) {
  const pairs = await scope.locator(".explorer-root").evaluate((root) => {
    const found: { text: string; colour: string; behind: string | null }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.closest("[aria-hidden=true], .sr-only, svg, td")) continue;
      const style = getComputedStyle(element);
      if (style.visibility === "hidden" || element.getClientRects().length === 0) continue;
      let behind: string | null = null;
      for (let at: Element | null = element; at && at !== root.parentElement; at = at.parentElement) {
        const paint = getComputedStyle(at).backgroundColor;
        if (!/^rgba\(.*,\s*0\)$|^transparent$/.test(paint)) {
          behind = paint;
          break;
        }
      }
      found.push({ text: node.textContent.trim().slice(0, 30), colour: style.color, behind });
    }
    return found;
  });
  let lowest = { ratio: Infinity, text: "" };
  for (const { text, colour, behind } of pairs) {
    const fore = parseColour(colour);
    const back = behind ? parseColour(behind) : hostBackground;
    if (!fore || !back) continue;
    const ratio = contrast(fore, back);
    if (ratio < lowest.ratio) lowest = { ratio, text };
  }
  return lowest;
}

/** Gives back a measured figure, recorded on the test for the report (npm test's JSON). */
export function measured(what: string, value: number): number {
  test.info().annotations.push({ type: what, description: String(Math.round(value * 10_000) / 10_000) });
  return value;
}

/** Serves a built docs site's folder at http://localhost:`port`/, once it answers. */
export async function serveSite(root: string, port: number): Promise<ChildProcess> {
  const server = spawn("node", ["scripts/serve.mjs", "--root", root, "--base", "/", "--port", String(port), "--host", "localhost"], { stdio: "ignore" });
  const site = `http://localhost:${port}/`;
  for (let i = 0; i < 50; i += 1) {
    if (await fetch(site).then((r) => r.ok, () => false)) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`${site} did not come up`);
}

/** Opens a docs site's page in a window `width` wide, as tall as a laptop's, or a phone's below 800 px. */
export async function openSitePage(page: Page, url: string, width = 1280) {
  await page.setViewportSize({ width, height: width > 800 ? 800 : 844 });
  await page.context().grantPermissions(["local-network-access"]);
  await page.goto(url);
}
