// Launches the browser for one engine with the adapter that can drive it.
import { findEngine } from "../scripts/engines.mjs";
import { launchPlaywright } from "./adapters/playwright.ts";
import { launchPuppeteerFirefox } from "./adapters/puppeteer.ts";
import { launchSeleniumWebKit } from "./adapters/selenium.ts";
import type { Driver, Engine } from "./driver.ts";

export async function launch(engine: Engine, webdriverPort: number): Promise<Driver> {
  const found = findEngine(engine);
  if (!found) throw new Error(`No ${engine} browser found: run npm test, which installs one, or see README.`);
  if (found.driver === "playwright") return launchPlaywright(engine, found.path);
  if (found.engine === "firefox") return launchPuppeteerFirefox(found.path);
  if (found.engine === "webkit") {
    return launchSeleniumWebKit({
      minibrowser: found.path,
      webdriver: found.webdriver,
      xvfb: found.xvfb,
      port: webdriverPort,
      // The locale a machine without one has: navigator.language is "C". Money and numbers must
      // still read $0.01 and 1,000 (src/explorer/format.ts).
      env: { LANG: "C.UTF-8", LC_ALL: "C.UTF-8" },
      // Only to measure what WEBKIT_ENV avoids (engines/README.md): WEBKIT_COMPOSITING=1 leaves
      // accelerated compositing on.
      compositing: process.env.WEBKIT_COMPOSITING === "1",
    });
  }
  throw new Error(`no adapter for ${engine}`);
}
