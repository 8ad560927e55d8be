// Finds, and where it can installs, the three browsers `npm test` runs in. Debian's packages come
// first where present (the Playwright suite and the cross-engine cases then run the browsers the
// machine ships); else the browsers Playwright installed for itself; paths are looked up, not assumed.
//   chromium: $CHROMIUM_PATH, /usr/bin/chromium, Playwright's chromium (scripts/find-chromium.mjs)
//   firefox:  $FIREFOX_PATH, firefox-esr or firefox on PATH (driven by Puppeteer over WebDriver BiDi),
//             else Playwright's firefox (driven by Playwright)
//   webkit:   WebKitWebDriver on PATH with WebKitGTK's MiniBrowser, under Xvfb (driven by Selenium),
//             else Playwright's webkit (driven by Playwright)
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { firefox, webkit } from "playwright-core";
import { findChromium } from "./find-chromium.mjs";

/** @param {string} name @returns {string | null} */
export function onPath(name) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return null;
}

/** @param {() => string} get @returns {string | null} */
function playwrightOwn(get) {
  try {
    const path = get();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** WebKitGTK's MiniBrowser: where Debian and Ubuntu put it (per architecture), or $MINIBROWSER_PATH. */
export function findMiniBrowser() {
  if (process.env.MINIBROWSER_PATH) return existsSync(process.env.MINIBROWSER_PATH) ? process.env.MINIBROWSER_PATH : null;
  const arch = spawnSync("dpkg-architecture", ["-qDEB_HOST_MULTIARCH"], { encoding: "utf8" }).stdout?.trim();
  const dirs = [...new Set([arch, "x86_64-linux-gnu", "aarch64-linux-gnu"].filter(Boolean))];
  for (const dir of dirs) {
    for (const api of ["webkit2gtk-4.1", "webkit2gtk-4.0", "webkitgtk-6.0"]) {
      const file = `/usr/lib/${dir}/${api}/MiniBrowser`;
      if (existsSync(file)) return file;
    }
  }
  return null;
}

/**
 * @typedef {{ engine: "chromium", driver: "playwright", path: string, source: string }} ChromiumFound
 * @typedef {{ engine: "firefox", driver: "puppeteer" | "playwright", path: string, source: string }} FirefoxFound
 * @typedef {{ engine: "webkit", driver: "selenium", path: string, webdriver: string, xvfb: string, source: string }
 *   | { engine: "webkit", driver: "playwright", path: string, source: string }} WebKitFound
 * @typedef {ChromiumFound | FirefoxFound | WebKitFound} Found
 */

/** @returns {ChromiumFound | null} */
export function findChromiumEngine() {
  const found = findChromium();
  return found ? { engine: "chromium", driver: "playwright", ...found } : null;
}

/** @returns {FirefoxFound | null} */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { engine: "firefox", driver: "puppeteer", path: fromEnv, source: "FIREFOX_PATH" } : null;
  const system = onPath("firefox-esr") ?? onPath("firefox");
  // Ubuntu's /usr/bin/firefox is a shell script that asks for the snap: only take a real binary.
  if (system && !readFileSync(system).subarray(0, 2).equals(Buffer.from("#!"))) {
    return { engine: "firefox", driver: "puppeteer", path: system, source: "system" };
  }
  const own = playwrightOwn(() => firefox.executablePath());
  return own ? { engine: "firefox", driver: "playwright", path: own, source: "Playwright" } : null;
}

/** @returns {WebKitFound | null} */
export function findWebKit() {
  const webdriver = onPath("WebKitWebDriver");
  const minibrowser = findMiniBrowser();
  const xvfb = onPath("Xvfb");
  if (webdriver && minibrowser && xvfb) {
    return { engine: "webkit", driver: "selenium", path: minibrowser, webdriver, xvfb, source: "system" };
  }
  const own = playwrightOwn(() => webkit.executablePath());
  return own ? { engine: "webkit", driver: "playwright", path: own, source: "Playwright" } : null;
}

/** @param {"chromium" | "firefox" | "webkit"} engine @returns {Found | null} */
export function findEngine(engine) {
  if (engine === "chromium") return findChromiumEngine();
  if (engine === "firefox") return findFirefox();
  return findWebKit();
}

const DEBIAN_PACKAGES = {
  chromium: ["chromium"],
  firefox: ["firefox-esr"],
  webkit: ["webkit2gtk-driver", "xvfb"],
};

export function isDebianRoot() {
  return process.getuid?.() === 0 && existsSync("/etc/debian_version") && onPath("apt-get") !== null;
}

/**
 * Installs Debian packages (as root on Debian), logging what it installs; whether it could.
 * @param {string[]} packages @param {string} why @param {(line: string) => void} log
 */
export function aptInstall(packages, why, log) {
  log(`Installing ${packages.join(", ")} from Debian's packages for ${why}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: ["ignore", "ignore", "inherit"], env });
  const install = update.status === 0
    ? spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], { stdio: ["ignore", "ignore", "inherit"], env })
    : update;
  log(install.status === 0 ? `Installed ${packages.join(", ")}.` : `apt-get could not install ${packages.join(", ")}.`);
  return install.status === 0;
}

/**
 * Makes sure each engine has a browser: from Debian's packages (as root on Debian), else
 * Playwright's own download. Logs what it installs. Returns the engines still missing, with why.
 * An engine whose path the environment names ($CHROMIUM_PATH, $FIREFOX_PATH, $MINIBROWSER_PATH)
 * is never installed over: a wrong path is the caller's to fix.
 * @param {readonly ("chromium" | "firefox" | "webkit")[]} engines
 * @param {(line: string) => void} log
 * @returns {{ engine: string, reason: string }[]}
 */
export function ensureEngines(engines, log) {
  const ENV = { chromium: "CHROMIUM_PATH", firefox: "FIREFOX_PATH", webkit: "MINIBROWSER_PATH" };
  const missing = engines.filter((engine) => !findEngine(engine));
  const installable = missing.filter((engine) => !process.env[ENV[engine]]);
  if (installable.length > 0) {
    if (isDebianRoot()) aptInstall(installable.flatMap((engine) => DEBIAN_PACKAGES[engine]), installable.join(", "), log);
    const still = installable.filter((engine) => !findEngine(engine));
    if (still.length > 0) {
      log(`Installing Playwright's own ${still.join(", ")} (npx playwright install ${still.join(" ")})…`);
      const result = spawnSync("npx", ["playwright", "install", ...still], { stdio: ["ignore", "inherit", "inherit"] });
      log(result.status === 0 ? `Installed Playwright's ${still.join(", ")}.` : "npx playwright install failed.");
    }
  }
  return engines.flatMap((engine) => {
    if (findEngine(engine)) return [];
    const named = process.env[ENV[engine]];
    return [{
      engine,
      reason: named
        ? `${ENV[engine]}=${named} does not exist.`
        : `no ${engine} found and none could be installed: on Debian, as root, \`apt-get install ${DEBIAN_PACKAGES[engine].join(" ")}\`; elsewhere \`npx playwright install ${engine}\`.`,
    }];
  });
}
