// Selenium over WebDriver classic: WebKitGTK's MiniBrowser through WebKitWebDriver (Debian's
// webkit2gtk-driver), on a private Xvfb display since MiniBrowser has no headless mode.
import { spawn, type ChildProcess } from "node:child_process";
import { Builder, Key as SeleniumKey, type WebDriver, type WebElement } from "selenium-webdriver";
import { pageExpression, wire, type Driver, type InPage, type Json, type Key, type Target } from "../driver.ts";

const KEYS: Record<Key, string> = {
  Tab: SeleniumKey.TAB,
  Enter: SeleniumKey.ENTER,
  Space: SeleniumKey.SPACE,
  Escape: SeleniumKey.ESCAPE,
  Home: SeleniumKey.HOME,
  End: SeleniumKey.END,
  PageUp: SeleniumKey.PAGE_UP,
  PageDown: SeleniumKey.PAGE_DOWN,
  ArrowLeft: SeleniumKey.ARROW_LEFT,
  ArrowRight: SeleniumKey.ARROW_RIGHT,
  ArrowUp: SeleniumKey.ARROW_UP,
  ArrowDown: SeleniumKey.ARROW_DOWN,
  Backspace: SeleniumKey.BACK_SPACE,
};

/**
 * The environment WebKitGTK runs in. WEBKIT_DISABLE_COMPOSITING_MODE=1 turns accelerated
 * compositing off: on Mesa's software renderer under Xvfb it was reported to crash the web
 * process about once in a dozen sessions, and here 2 of 10 suite runs with it on took a
 * screenshot missing most of the chart; with it off, none failed (engines/README.md).
 */
export const WEBKIT_ENV = {
  WEBKIT_DISABLE_COMPOSITING_MODE: "1",
};

export interface WebKitOptions {
  readonly minibrowser: string;
  readonly webdriver: string;
  readonly xvfb: string;
  /** WebKitWebDriver's port (this suite's range is 4300–4399). */
  readonly port: number;
  /** Extra environment for the browser, e.g. LANG. */
  readonly env?: Readonly<Record<string, string>>;
  /** Leave accelerated compositing on (only to measure what WEBKIT_ENV avoids). */
  readonly compositing?: boolean;
}

/** Starts Xvfb on a free display; resolves with the display name once it is ready. */
function startXvfb(xvfb: string): Promise<{ display: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(xvfb, ["-displayfd", "3", "-screen", "0", "1600x1200x24", "-nolisten", "tcp"], {
      stdio: ["ignore", "ignore", "ignore", "pipe"],
    });
    const fd = child.stdio[3];
    if (!fd) {
      reject(new Error("Xvfb: no display pipe"));
      return;
    }
    let out = "";
    fd.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("\n")) resolve({ display: `:${out.trim()}`, child });
    });
    child.on("exit", (code) => reject(new Error(`Xvfb exited (${code}) before giving a display`)));
  });
}

/** Waits until our WebKitWebDriver answers; fails if it exits first (its port taken, say). */
async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (server.exitCode !== null) throw new Error(`WebKitWebDriver exited (${server.exitCode}): is ${url} taken?`);
    try {
      if ((await fetch(`${url}/status`)).ok && server.exitCode === null) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up`);
}

const inner = (driver: WebDriver) => driver.executeScript("return [innerWidth, innerHeight]") as Promise<[number, number]>;

/** Sizes the window so that the page's viewport is width × height (its rect includes the toolbar). */
async function setInnerSize(driver: WebDriver, width: number, height: number): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const [w, h] = await inner(driver);
    if (w === width && h === height) return;
    const rect = await driver.manage().window().getRect();
    await driver.manage().window().setRect({ x: 0, y: 0, width: rect.width + width - w, height: rect.height + height - h });
    // The window manager applies a new size a little later: wait for the viewport to change.
    for (let i = 0; i < 40; i += 1) {
      const [nw, nh] = await inner(driver);
      if (nw !== w || nh !== h) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  const [w, h] = await inner(driver);
  if (w !== width || h !== height) {
    throw new Error(`WebKit: asked for a ${width} × ${height} viewport, got ${w} × ${h} (MiniBrowser's toolbar sets a minimum width)`);
  }
}

export async function launchSeleniumWebKit(options: WebKitOptions): Promise<Driver> {
  const { display, child: xvfb } = await startXvfb(options.xvfb);
  const env: NodeJS.ProcessEnv = { ...process.env, DISPLAY: display, GDK_BACKEND: "x11", ...WEBKIT_ENV, ...options.env };
  if (options.compositing) delete env.WEBKIT_DISABLE_COMPOSITING_MODE;
  const server: ChildProcess = spawn(options.webdriver, [`--port=${options.port}`, "--host=127.0.0.1"], { env, stdio: "ignore" });
  const url = `http://127.0.0.1:${options.port}`;
  let driver: WebDriver | null = null;
  const stop = async () => {
    try {
      await driver?.quit();
    } finally {
      server.kill();
      xvfb.kill();
    }
  };
  try {
    await waitForServer(url, server);
    driver = await new Builder()
      .usingServer(url)
      .withCapabilities({
        browserName: "MiniBrowser",
        "webkitgtk:browserOptions": { binary: options.minibrowser, args: ["--automation"] },
      })
      .build();
    await setInnerSize(driver, 1280, 900);
  } catch (error) {
    await stop();
    throw error;
  }
  const web: WebDriver = driver;
  const capabilities = await web.getCapabilities();

  async function element(target: Target, clickable = false): Promise<WebElement> {
    const fn = clickable ? "(h, t) => h.clickable(h.find(t))" : "(h, t) => h.find(t)";
    return (await web.executeScript(`return ${pageExpression(fn, [wire(target)])}`)) as WebElement;
  }

  async function keys(...sequence: string[]) {
    // One key per action sequence: a chord sent in one call leaves modifiers held in WebKitGTK.
    for (const key of sequence) await web.actions({ async: true }).keyDown(key).keyUp(key).perform();
  }

  return {
    engine: "webkit",
    version: `${String(capabilities.get("browserName"))} ${String(capabilities.get("browserVersion"))} (Selenium, WebKitWebDriver)`,
    async goto(target) {
      await web.switchTo().defaultContent();
      await web.get(target);
    },
    async frame(target) {
      if (!target) {
        await web.switchTo().defaultContent();
        return;
      }
      await web.switchTo().frame(await element(target));
    },
    async evaluate<T>(fn: InPage<T>, ...args: Json[]): Promise<Awaited<T>> {
      return (await web.executeScript(`return ${pageExpression(fn.toString(), args)}`)) as Awaited<T>;
    },
    async click(target, at) {
      const el = await element(target, true);
      // A pointer press through WebDriver actions: WebKitWebDriver's element click takes an
      // element in a shadow root for hidden behind its host ("element click intercepted").
      await web.executeScript("arguments[0].scrollIntoView({ block: 'center', inline: 'center' })", el);
      const rect = await el.getRect();
      // WebDriver's pointer offsets count from the element's centre.
      const x = at ? Math.round(at.x - rect.width / 2) : 0;
      const y = at ? Math.round(at.y - rect.height / 2) : 0;
      await web.actions({ async: true }).move({ origin: el, x, y }).click().perform();
    },
    async press(key: Key) {
      await keys(KEYS[key]);
    },
    async type(text) {
      await keys(...text);
    },
    async select(target, value) {
      const option = (await web.executeScript(
        `return ${pageExpression("(h, t, v) => [...h.find(t).options].find((o) => o.value === v)", [wire(target), value])}`,
      )) as WebElement;
      await option.click();
    },
    async setViewport(width, height) {
      await setInnerSize(web, width, height);
    },
    async screenshot() {
      return Buffer.from(await web.takeScreenshot(), "base64");
    },
    async close() {
      await stop();
    },
  };
}
