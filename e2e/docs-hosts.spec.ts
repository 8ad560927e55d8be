// Chromium only: it builds docs sites, serves them through Playwright's page.route and reads layout shift from Chromium's layout-shift entries.
// The copied embed code on pages that do what the other docs generators do. Material for MkDocs:
// Markdown's raw HTML kept as it is, the scheme on body[data-md-color-scheme] with a fading
// background, and instant navigation that swaps the article and runs its scripts again. Docusaurus:
// a React app with the iframe in its JSX, embed.js in the head from the config, client-side
// navigation, and html[data-theme]. Astro Starlight (checked against a real Starlight 0.42 build,
// which needs Node 22): Markdown's raw HTML kept as it is, script included, a fixed header over a
// column of at most 720 px beside a 300 px sidebar and the page's contents, full page loads, and
// html[data-theme] with color-scheme, set from a Light / Dark / Auto select, "auto" following the
// system live. (VitePress and Sphinx are built for real, in vitepress.spec.ts and sphinx.spec.ts.)
import { expect, test, type Page } from "@playwright/test";
import { copiedEmbedCode, layoutShift, measured, lowestTextContrast, sizedFrame, watchLayoutShift, windowListeners } from "./docs";
import { watchConsole } from "./helpers";
import { DOCS_ORIGIN, EXPLORER, frameSelector } from "./hosts";
import { parseColour } from "./paint";

const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} about credits and what they bought.</p>`).join("");

/** Material's instant navigation: fetch the page, swap the article, run its scripts again. */
const INSTANT = `document.addEventListener("click", async (event) => {
  const link = event.target.closest("a[href]");
  if (!link) return;
  event.preventDefault();
  const next = new DOMParser().parseFromString(await (await fetch(link.href)).text(), "text/html");
  document.querySelector("article").replaceWith(next.querySelector("article"));
  for (const old of document.querySelectorAll("article script")) {
    const script = document.createElement("script");
    for (const { name, value } of old.attributes) script.setAttribute(name, value);
    old.replaceWith(script);
  }
  history.pushState(null, "", link.href);
});
document.getElementById("scheme").addEventListener("click", () => {
  document.body.dataset.mdColorScheme = document.body.dataset.mdColorScheme === "slate" ? "default" : "slate";
});`;

function materialPage(title: string, content: string) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<link rel="icon" href="data:,"><style>
  body { margin: 0; font: 16px/1.6 Roboto, system-ui, sans-serif; --bg: #ffffff; --fg: #000000de; background: var(--bg); color: var(--fg); transition: background-color .25s, color .25s; }
  [data-md-color-scheme="slate"] { --bg: #1e2129; --fg: #e2e4e9; }
  .md-header { height: 48px; display: flex; align-items: center; gap: 1rem; padding: 0 1rem; background: #4051b5; color: #fff; }
  .md-main { display: grid; grid-template-columns: 242px minmax(0, 1fr) 242px; max-width: 1220px; margin: 0 auto; }
  .md-content__inner { margin: 0 0.8rem; padding-top: 1.2rem; max-width: 688px; }
  /* As Material's: a column as tall as the page, before the content, with the links sticky in it.
     The browser's scroll anchoring picks the column, which does not move, over the content. */
  .md-sidebar__scrollwrap { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; }
  @media (max-width: 1219px) { .md-main { grid-template-columns: minmax(0, 1fr); } .md-sidebar { display: none; } }
</style></head><body data-md-color-scheme="default">
<header class="md-header"><strong>Docs</strong><button id="scheme" type="button">Switch to dark mode</button></header>
<div class="md-main"><nav class="md-sidebar"><div class="md-sidebar__scrollwrap"><a href="/material/pricing/">Pricing</a> <a href="/material/other/">Another page</a></div></nav>
<main><article class="md-content__inner">${content}</article></main><div class="md-sidebar"></div></div>
<script src="/material/instant.js"></script></body></html>`;
}

/**
 * Starlight's theme, as its head script and <starlight-theme-select> do it: the choice in
 * localStorage ("" for auto), html[data-theme] always light or dark, "auto" following the system.
 */
const STARLIGHT_THEME = `const resolve = (choice) => choice === "light" || choice === "dark" ? choice : matchMedia("(prefers-color-scheme: light)").matches ? "light" : "dark";
const stored = () => localStorage.getItem("starlight-theme") || "auto";
document.documentElement.dataset.theme = resolve(stored());
addEventListener("DOMContentLoaded", () => {
  const select = document.querySelector("starlight-theme-select select");
  select.value = stored();
  select.addEventListener("change", () => {
    localStorage.setItem("starlight-theme", select.value === "auto" ? "" : select.value);
    document.documentElement.dataset.theme = resolve(select.value);
  });
});
matchMedia("(prefers-color-scheme: light)").addEventListener("change", () => {
  if (stored() === "auto") document.documentElement.dataset.theme = resolve("auto");
});`;

function starlightPage(title: string, content: string) {
  const link = (href: string, text: string) => `<li><a href="${href}">${text}</a></li>`;
  return `<!doctype html><html lang="en" data-theme="dark"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} | Docs</title>
<link rel="icon" href="data:,"><script src="/starlight/theme.js"></script><style>
  :root { color-scheme: dark; --sl-color-bg: #17181c; --sl-color-bg-nav: #23262f; --sl-color-text: #c0c2c7; --sl-color-white: #fff; --sl-nav-height: 4rem; }
  :root[data-theme="light"] { color-scheme: light; --sl-color-bg: #fff; --sl-color-bg-nav: #f6f7f9; --sl-color-text: #23262f; --sl-color-white: #17181c; }
  html { scroll-padding-top: calc(1.5rem + var(--sl-nav-height)); }
  body { margin: 0; font: 16px/1.75 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif; background: var(--sl-color-bg); color: var(--sl-color-text); }
  .header { position: fixed; inset: 0 0 auto; z-index: 10; height: var(--sl-nav-height); box-sizing: border-box; padding: 0 1.5rem; display: flex; align-items: center; justify-content: space-between; background: var(--sl-color-bg-nav); }
  .sidebar { display: none; }
  .main-frame { padding-top: var(--sl-nav-height); }
  .content-panel { padding: 1.5rem 1rem; }
  .sl-container { max-width: 45rem; }
  h1, h2 { color: var(--sl-color-white); }
  .toc { display: none; }
  @media (max-width: 49.99rem) { :root { --sl-nav-height: 3.5rem; } html { scroll-padding-top: calc(4.5rem + var(--sl-nav-height)); } }
  @media (min-width: 50rem) {
    .sidebar { display: block; position: fixed; top: var(--sl-nav-height); left: 0; bottom: 0; width: 18.75rem; box-sizing: border-box; padding: 1rem; background: var(--sl-color-bg-nav); }
    .main-frame { padding-inline-start: 18.75rem; }
    .content-panel { padding: 1.5rem; }
  }
  @media (min-width: 72rem) { .lg-flex { display: flex; } .main-pane { flex: 1; min-width: 0; } .toc { display: block; width: 18.75rem; } }
</style></head><body>
<header class="header"><a href="/starlight/">Docs</a><starlight-theme-select><label><span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)">Select theme</span><select autocomplete="off"><option value="dark">Dark</option><option value="light">Light</option><option value="auto">Auto</option></select></label></starlight-theme-select></header>
<nav class="sidebar" aria-label="Main"><ul>${link("/starlight/pricing/", "Pricing")}${link("/starlight/other/", "Another page")}</ul></nav>
<div class="main-frame"><div class="lg-flex"><div class="main-pane"><main><div class="content-panel"><div class="sl-container"><h1>${title}</h1></div></div>
<div class="content-panel"><div class="sl-container"><div class="sl-markdown-content">${content}</div></div></div></main></div>
<aside class="toc" aria-label="On this page"></aside></div></div></body></html>`;
}

let htmlCode = "";
/** Copied for 30 steps at 640 × 1024: the table gains a row and a column, the frame some height. */
let tallerCode = "";
/** The code copied for Starlight, and for it at the taller settings. */
let starlightCode = "";
let starlightTaller = "";
const TALLER = "steps=30&width=640&height=1024";

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  const copier = await context.newPage();
  htmlCode = await copiedEmbedCode(copier, "MkDocs");
  tallerCode = await copiedEmbedCode(copier, "MkDocs", `?${TALLER}`);
  starlightCode = await copiedEmbedCode(copier, "Starlight");
  starlightTaller = await copiedEmbedCode(copier, "Starlight", `?${TALLER}`);
  await context.close();
});

/** Serves the Material-like, Starlight-like and React sites on the docs origin, as a docs host would. */
async function serveSites(page: Page) {
  await page.context().grantPermissions(["local-network-access"]);
  const withoutScript = htmlCode.split("\n")[0] ?? "";
  const pages: Record<string, string> = {
    "/material/pricing/": materialPage("Pricing", `<h1>Pricing</h1><p>What an image cost, at your settings.</p>\n${htmlCode}\n${filler(12)}<h2 id="buying-credits">Buying credits</h2><p>$10 bought 1,000 credits.</p>${filler(30)}`),
    "/material/taller/": materialPage("Pricing", `<h1>Pricing</h1><p>What an image cost, at your settings.</p>\n${tallerCode}\n${filler(12)}<h2 id="buying-credits">Buying credits</h2><p>$10 bought 1,000 credits.</p>${filler(30)}`),
    "/material/other/": materialPage("Another page", `<h1>Another page</h1>${filler(3)}`),
    "/material/no-script/": materialPage("No script", `<h1>Pricing</h1><p>What an image cost, at your settings.</p>\n${withoutScript}\n${filler(3)}`),
    "/starlight/pricing/": starlightPage("Pricing", `<p>What an image cost, at your settings.</p>\n${starlightCode}\n${filler(12)}<h2 id="buying-credits">Buying credits</h2><p>$10 bought 1,000 credits.</p>${filler(30)}`),
    "/starlight/taller/": starlightPage("Pricing", `<p>What an image cost, at your settings.</p>\n${starlightTaller}\n${filler(12)}<h2 id="buying-credits">Buying credits</h2><p>$10 bought 1,000 credits.</p>${filler(30)}`),
    "/starlight/other/": starlightPage("Another page", filler(3)),
  };
  await page.route(`${DOCS_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === "/material/instant.js") return route.fulfill({ contentType: "text/javascript", body: INSTANT });
    if (url.pathname === "/starlight/theme.js") return route.fulfill({ contentType: "text/javascript", body: STARLIGHT_THEME });
    const html = pages[url.pathname];
    if (html) return route.fulfill({ contentType: "text/html; charset=utf-8", body: html });
    // The React site is the explorer build's docs-react example, served from this origin.
    if (url.pathname.startsWith("/react/")) {
      const response = await route.fetch({ url: `${EXPLORER}${url.pathname.slice("/react/".length)}${url.search}` });
      return route.fulfill({ response });
    }
    if (url.pathname === "/favicon.svg") return route.fulfill({ contentType: "image/svg+xml", body: "<svg xmlns='http://www.w3.org/2000/svg'/>" });
    return route.fulfill({ status: 404, body: "" });
  });
}

interface Host {
  /** The page with the explorer, and the other page, as paths on the docs origin. */
  pricing: string;
  /** The same page with the code copied for settings that make the frame taller than reserved. */
  taller: string;
  other: string;
  /** Goes to another page the way the site's own links do. */
  navigate: (page: Page, to: "pricing" | "other") => Promise<void>;
  /** Flips the site's own light or dark switch. */
  switchScheme: (page: Page) => Promise<void>;
  background: (page: Page) => Promise<string>;
}

const STARLIGHT: Host = {
  pricing: "/starlight/pricing/",
  taller: "/starlight/taller/",
  other: "/starlight/other/",
  navigate: (page, to) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: to === "pricing" ? "Pricing" : "Another page" }).click(),
  switchScheme: async (page) => {
    const dark = (await page.locator("html").getAttribute("data-theme")) === "dark";
    await page.getByRole("combobox", { name: "Select theme" }).selectOption(dark ? "light" : "dark");
  },
  background: (page) => page.locator("body").evaluate((el) => getComputedStyle(el).backgroundColor),
};

const HOSTS: Record<string, Host> = {
  "Material for MkDocs": {
    pricing: "/material/pricing/",
    taller: "/material/taller/",
    other: "/material/other/",
    navigate: (page, to) => page.getByRole("link", { name: to === "pricing" ? "Pricing" : "Another page" }).click(),
    switchScheme: (page) => page.getByRole("button", { name: "Switch to dark mode" }).click(),
    background: (page) => page.locator("body").evaluate((el) => getComputedStyle(el).backgroundColor),
  },
  Docusaurus: {
    pricing: `/react/examples/docs-react.html?explorer=${encodeURIComponent(EXPLORER)}&page=pricing`,
    taller: `/react/examples/docs-react.html?explorer=${encodeURIComponent(EXPLORER)}&settings=${encodeURIComponent(TALLER)}&page=pricing`,
    other: `/react/examples/docs-react.html?explorer=${encodeURIComponent(EXPLORER)}&page=other`,
    navigate: (page, to) => page.getByRole("navigation", { name: "Docs" }).getByRole("link", { name: to === "pricing" ? "Pricing" : "Another page" }).click(),
    switchScheme: (page) => page.getByRole("button", { name: /Switch to (dark|light) mode/ }).click(),
    background: (page) => page.locator("body").evaluate((el) => getComputedStyle(el).backgroundColor),
  },
  Starlight: STARLIGHT,
};

async function open(page: Page, path: string, width = 1280) {
  await page.setViewportSize({ width, height: width > 800 ? 800 : 844 });
  await serveSites(page);
  await page.goto(`${DOCS_ORIGIN}${path}`);
}

const frame = (page: Page) => page.frameLocator(frameSelector);

/** The height the copied code reserves at a window width: one figure for phones, one above. */
function reserved(width: number, code = tallerCode): number {
  const [, wide = "", narrow = ""] = /max\((\d+)px, min\((\d+)px/.exec(code) ?? [];
  return Number(width < 640 ? narrow : wide);
}

for (const [name, host] of Object.entries(HOSTS)) {
  test.describe(name, () => {
    test("the copied code puts one working explorer where it was pasted, as tall as its content", async ({ page }) => {
      const problems = watchConsole(page);
      await open(page, host.pricing);
      const iframe = page.locator(frameSelector);
      await expect(iframe).toHaveCount(1);
      expect(await iframe.evaluate((el) => el.previousElementSibling?.textContent)).toBe("What an image cost, at your settings.");
      expect(measured("height", await sizedFrame(page))).toBeLessThanOrEqual(1000);
      await frame(page).getByRole("slider", { name: "Steps" }).fill("10");
      await expect(frame(page).getByRole("status", { name: "Credits per image" })).toHaveText("0.20");
      expect(problems).toEqual([]);
    });

    for (const width of [1280, 390]) {
      test(`${width} px: nothing jumps, on load or opened at a heading below the explorer`, async ({ page }) => {
        await watchLayoutShift(page);
        await open(page, host.pricing, width);
        await expect(frame(page).getByRole("status", { name: "Credits per image" })).toHaveText("1.00");
        await page.waitForTimeout(1000);
        expect(measured("layout shift on load", await layoutShift(page)), "on load").toBeLessThanOrEqual(0.01);
        if (width === 390) expect(measured("height", await sizedFrame(page))).toBeLessThanOrEqual(1600);

        // Copied for settings whose table adds a row and a column: the code reserves their height,
        // the frame is docs-sized still, and where the column is wider than the 640 px the code
        // reserves for, the frame shrinks above the reader, who sees nothing move.
        await open(page, `${host.taller}#buying-credits`, width);
        const heading = page.getByRole("heading", { name: "Buying credits" });
        await expect(heading).toBeInViewport();
        const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
        // The reader scrolls up until the explorer's foot shows (a frame out of sight may not run),
        // it sizes itself, and they scroll back down by as much.
        const up = await page.locator(frameSelector).evaluate((el) => el.getBoundingClientRect().bottom - 100);
        await page.evaluate((by) => scrollBy(0, by), up);
        const grown = await sizedFrame(page, false);
        expect(measured("height copied at 30 steps and 640 × 1024", grown)).toBeLessThanOrEqual(width === 390 ? 1600 : 1000);
        // Reserved as measured in a 640 px and a 360 px frame: on a phone's 358 px column, to a pixel.
        if (width === 390) expect(Math.abs(grown - reserved(width))).toBeLessThanOrEqual(1);
        else expect(grown).toBeLessThanOrEqual(reserved(width));
        await page.evaluate((by) => scrollBy(0, -by), up);
        expect(Math.abs((await heading.evaluate((el) => el.getBoundingClientRect().top)) - top)).toBeLessThanOrEqual(1);
        expect(measured("layout shift opened at a heading below", await layoutShift(page)), "opened at #buying-credits").toBeLessThanOrEqual(0.01);
      });
    }

    test("follows the site's light or dark switch both ways, live, with its text legible", async ({ page }) => {
      await open(page, host.pricing);
      await sizedFrame(page);
      const root = frame(page).locator(".explorer-root");
      await expect(root).toHaveAttribute("data-theme", "light");
      for (const scheme of ["dark", "light", "dark"] as const) {
        await host.switchScheme(page);
        await expect(root).toHaveAttribute("data-theme", scheme);
        const behind = parseColour(await host.background(page)) ?? [255, 255, 255];
        const lowest = await lowestTextContrast(frame(page), behind);
        expect(lowest.ratio, `"${lowest.text}" on ${scheme}`).toBeGreaterThanOrEqual(4.5);
      }
      expect(await frame(page).locator("html").evaluate(() => performance.getEntriesByType("navigation").length)).toBe(1);
    });

    test("navigation inside the site: nothing left behind, and a working explorer on coming back", async ({ page }) => {
      const problems = watchConsole(page);
      await open(page, host.other);
      const baseline = await windowListeners(page, "message");
      await host.navigate(page, "pricing");
      await sizedFrame(page);
      await host.navigate(page, "other");
      await expect(page.getByRole("heading", { name: "Another page" })).toBeVisible();
      await expect(page.locator(frameSelector)).toHaveCount(0);
      expect(await windowListeners(page, "message")).toBe(baseline);
      await host.navigate(page, "pricing");
      await expect(page.locator(frameSelector)).toHaveCount(1);
      await sizedFrame(page);
      await frame(page).getByRole("slider", { name: "Steps" }).fill("150");
      await expect(frame(page).getByRole("status", { name: "Credits per image" })).toHaveText("3.00");
      expect(await windowListeners(page, "message")).toBe(baseline + 1);
      expect(problems).toEqual([]);
    });
  });
}

test("with its script stripped, the copied iframe still works at its own height, scrolling inside", async ({ page }) => {
  await open(page, "/material/no-script/", 390);
  const iframe = page.locator(frameSelector);
  await expect(frame(page).getByRole("status", { name: "Credits per image" })).toHaveText("1.00");
  expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(1486);
  const scroll = await frame(page).locator("html").evaluate((el) => ({ content: el.scrollHeight, box: el.clientHeight }));
  expect(scroll.box).toBe(1486);
  expect(scroll.content).toBeGreaterThanOrEqual(scroll.box);
  await frame(page).getByRole("slider", { name: "Steps" }).fill("100");
  await expect(frame(page).getByRole("status", { name: "Credits per image" })).toHaveText("2.00");
});

test.describe("Starlight, as measured on a real Starlight 0.42 site", () => {
  for (const [width, left, columnWidth] of [[1280, 324, 632], [390, 16, 358]] as const) {
    test(`${width} px: in a ${columnWidth} px column, the frame ends up exactly as tall as the copied code reserves`, async ({ page }) => {
      await open(page, STARLIGHT.pricing, width);
      const height = await sizedFrame(page);
      const box = await page.locator(frameSelector).evaluate((el) => el.getBoundingClientRect());
      expect([box.left, box.width]).toEqual([left, columnWidth]);
      // As on the real site (then 992 px at 1280, 1,554 px at 390): the heights the code reserves.
      expect(height).toBe(reserved(width, starlightCode));
    });
  }

  test("on Auto, the explorer follows a dark system, and the system turning light, live", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await open(page, STARLIGHT.pricing);
    await sizedFrame(page);
    const root = frame(page).locator(".explorer-root");
    await expect(page.getByRole("combobox", { name: "Select theme" })).toHaveValue("auto");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(root).toHaveAttribute("data-theme", "dark");
    await page.emulateMedia({ colorScheme: "light" });
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await expect(root).toHaveAttribute("data-theme", "light");
    expect(await frame(page).locator("html").evaluate(() => performance.getEntriesByType("navigation").length)).toBe(1);
  });
});

