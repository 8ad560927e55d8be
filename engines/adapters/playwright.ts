// Playwright's driver: Chromium (Debian's or Playwright's), and Playwright's own Firefox or WebKit
// on machines that have them instead of Debian's.
import { chromium, firefox, webkit, type BrowserType, type ElementHandle, type Frame } from "playwright-core";
import { CHROMIUM_ARGS } from "../../scripts/find-chromium.mjs";
import { pageExpression, wire, type Driver, type InPage, type Engine, type Json, type Key, type Target } from "../driver.ts";

const TYPES: Record<Engine, BrowserType> = { chromium, firefox, webkit };

export async function launchPlaywright(engine: Engine, executablePath: string): Promise<Driver> {
  const browser = await TYPES[engine].launch({
    executablePath,
    ...(engine === "chromium" ? { args: CHROMIUM_ARGS } : {}),
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  // Chrome's Local Network Access: the host page on localhost loads the explorer from 127.0.0.1.
  if (engine === "chromium") await context.grantPermissions(["local-network-access"]);
  const page = await context.newPage();
  let frame: Frame = page.mainFrame();

  async function element(target: Target, clickable = false): Promise<ElementHandle<Element>> {
    const fn = clickable ? "(h, t) => h.clickable(h.find(t))" : "(h, t) => h.find(t)";
    const handle = await frame.evaluateHandle(pageExpression(fn, [wire(target)]));
    const el = handle.asElement() as ElementHandle<Element> | null;
    if (!el) throw new Error("not an element");
    return el;
  }

  return {
    engine,
    version: `${engine} ${browser.version()} (Playwright)`,
    async goto(url) {
      await page.goto(url);
      frame = page.mainFrame();
    },
    async frame(target) {
      if (!target) {
        frame = page.mainFrame();
        return;
      }
      const inner = await (await element(target)).contentFrame();
      if (!inner) throw new Error("not an iframe");
      frame = inner;
    },
    async evaluate<T>(fn: InPage<T>, ...args: Json[]): Promise<Awaited<T>> {
      return (await frame.evaluate(pageExpression(fn.toString(), args))) as Awaited<T>;
    },
    async click(target, at) {
      await (await element(target, true)).click(at ? { position: at } : {});
    },
    async press(key: Key) {
      await page.keyboard.press(key);
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    async select(target, value) {
      await (await element(target)).selectOption(value);
    },
    async setViewport(width, height) {
      await page.setViewportSize({ width, height });
    },
    async screenshot() {
      return page.screenshot();
    },
    async close() {
      await browser.close();
    },
  };
}
