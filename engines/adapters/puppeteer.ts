// Puppeteer over WebDriver BiDi: Firefox (Debian's firefox-esr), which Playwright cannot drive.
import puppeteer, { type ElementHandle, type Frame, type KeyInput } from "puppeteer-core";
import { pageExpression, wire, type Driver, type InPage, type Json, type Key, type Target } from "../driver.ts";

export async function launchPuppeteerFirefox(executablePath: string): Promise<Driver> {
  const browser = await puppeteer.launch({
    browser: "firefox",
    protocol: "webDriverBiDi",
    executablePath,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      "intl.accept_languages": "en-US",
      "intl.locale.requested": "en-US",
    },
  });
  // The tab Firefox opens at start never has focus here (document.hasFocus() is false, so
  // :focus-visible never matches): a tab opened over BiDi does.
  const first = (await browser.pages())[0];
  const page = await browser.newPage();
  await first?.close();
  await page.setViewport({ width: 1280, height: 900 });
  // Focus the tab, so that :focus and :focus-visible match as in a window a person uses.
  await page.bringToFront();
  let frame: Frame = page.mainFrame();

  async function element(target: Target, clickable = false): Promise<ElementHandle<Element>> {
    const fn = clickable ? "(h, t) => h.clickable(h.find(t))" : "(h, t) => h.find(t)";
    const handle = await frame.evaluateHandle(pageExpression(fn, [wire(target)]));
    const el = handle.asElement() as ElementHandle<Element> | null;
    if (!el) throw new Error("not an element");
    return el;
  }

  return {
    engine: "firefox",
    version: `${await browser.version()} (Puppeteer, WebDriver BiDi)`,
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
      await (await element(target, true)).click(at ? { offset: at } : {});
    },
    async press(key: Key) {
      await page.keyboard.press(key as KeyInput);
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    async select(target, value) {
      await (await element(target)).select(value);
    },
    async setViewport(width, height) {
      await page.setViewport({ width, height });
    },
    async screenshot() {
      return Buffer.from(await page.screenshot());
    },
    async close() {
      await browser.close();
    },
  };
}
