// Chromium only: it records every frame the page paints through Chromium's screencast (DevTools protocol).
// What a reader of a docs page sees while the explorer loads in its iframe: never a light box on a
// dark page, nor a dark one on a light page, from the first painted frame to the settled one,
// whether embed.js arrives before the frame's code or after it. And the frame loads once.
import { expect, test, type Page } from "@playwright/test";
import { decodePng } from "../engines/png";
import { copiedEmbedCode, sizedFrame } from "./docs";
import { DOCS_ORIGIN, EXPLORER, frameSelector, hostPage, openHostPage } from "./hosts";

interface Site {
  readonly name: string;
  /** The reader's system scheme. */
  readonly system: "light" | "dark";
  /** The scheme the page shows. */
  readonly scheme: "light" | "dark";
  readonly html: (code: string) => string;
}

const intro = "<h1>Pricing</h1><p>What an image costs at your settings, and what your balance buys.</p>";
const SITES: readonly Site[] = [
  {
    // Docusaurus, VitePress, Material, Starlight: the scheme on <html>, with color-scheme: dark.
    name: "a dark site that declares color-scheme, on a light system",
    system: "light",
    scheme: "dark",
    html: (code) =>
      hostPage(`${intro}${code}`, '<style>html { color-scheme: dark } body { margin: 0 1rem; background: #1b1b1d; color: #e3e3e3 }</style>').replace("<html", '<html data-theme="dark"'),
  },
  {
    // Furo: the scheme on <body data-theme>, its colours only, no color-scheme.
    name: "a dark site that only paints its background dark, on a light system",
    system: "light",
    scheme: "dark",
    html: (code) =>
      hostPage(`${intro}${code}`, '<style>body { margin: 0 1rem; background: rgb(19, 20, 22); color: #cfd0d0 }</style>').replace("<body", '<body data-theme="dark"'),
  },
  {
    name: "a light site on a dark system",
    system: "dark",
    scheme: "light",
    html: (code) => hostPage(`${intro}${code}`, '<style>html { color-scheme: light } body { margin: 0 1rem; background: #ffffff; color: #1c1e21 }</style>'),
  },
];

/** The share of a box's pixels far from the page's scheme: light ones (luma ≥ 200) on a dark page, dark ones (≤ 60) on a light page. */
function offSchemeShare(png: Buffer, box: { x: number; y: number; width: number; height: number }, scheme: "light" | "dark") {
  const pixels = decodePng(png);
  let off = 0;
  let all = 0;
  for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(pixels.height, box.y + box.height); y += 2) {
    for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(pixels.width, box.x + box.width); x += 2) {
      const [r, g, b] = pixels.at(x, y);
      const luma = 0.299 * r + 0.587 * g + 0.114 * b;
      if (scheme === "dark" ? luma >= 200 : luma <= 60) off += 1;
      all += 1;
    }
  }
  return all === 0 ? 0 : off / all;
}

/** Every frame painted from navigation until the explorer is sized and shown, as PNGs. */
async function recordLoad(page: Page, open: () => Promise<void>) {
  const cdp = await page.context().newCDPSession(page);
  const frames: Buffer[] = [];
  cdp.on("Page.screencastFrame", ({ data, sessionId }) => {
    frames.push(Buffer.from(data, "base64"));
    void cdp.send("Page.screencastFrameAck", { sessionId }).catch(() => {});
  });
  await cdp.send("Page.startScreencast", { format: "png", everyNthFrame: 1 });
  await open();
  await sizedFrame(page, false);
  // A few more frames of the settled explorer.
  await page.waitForTimeout(300);
  await cdp.send("Page.stopScreencast");
  await cdp.detach();
  return frames;
}

let code = "";
test.beforeAll(async ({ browser }) => {
  const copier = await browser.newPage();
  code = await copiedEmbedCode(copier, "HTML");
  await copier.close();
});

for (const site of SITES) {
  for (const embedJs of ["before the frame's code", "after the frame's code"] as const) {
    test(`${site.name}, embed.js ${embedJs}: no frame shows the explorer in the other scheme`, async ({ page }) => {
      await page.setViewportSize({ width: 1000, height: 900 });
      await page.emulateMedia({ colorScheme: site.system });
      const loads: string[] = [];
      page.on("request", (request) => {
        if (request.url().startsWith(`${EXPLORER}index.html`)) loads.push(request.url());
      });
      if (embedJs === "after the frame's code") {
        // Held until the frame's code runs and has said hello to nobody: it waits to be told.
        await page.addInitScript(() => {
          addEventListener("message", (event) => {
            if (event.data?.pricingExplorer?.type === "hello") Object.assign(window, { saidHello: true });
          });
        });
        await page.route(`${EXPLORER}embed.js`, async (route) => {
          await page.waitForFunction(() => "saidHello" in window);
          await route.fulfill({ response: await route.fetch() });
        });
      }
      const frames = await recordLoad(page, () => openHostPage(page, site.html(code)));
      const box = await page.locator(frameSelector).boundingBox();
      if (!box) throw new Error("no iframe box");
      const visible = { ...box, height: Math.min(box.height, 900 - box.y) };
      // From the host page's first paint (before it, the tab's blank page is white): the page's
      // margin left of the explorer shows its background.
      const margin = { x: 0, y: box.y, width: 8, height: 200 };
      const painted = frames.filter((png) => offSchemeShare(png, margin, site.scheme) === 0 && offSchemeShare(png, margin, site.scheme === "dark" ? "light" : "dark") === 1);
      expect(painted.length).toBeGreaterThan(3);
      const shares = painted.map((png) => offSchemeShare(png, visible, site.scheme));
      // The dark explorer's light text, or the light one's dark text, is a few per cent of its box;
      // the explorer painted in the other scheme is most of it.
      expect(Math.max(...shares)).toBeLessThan(0.15);
      const frame = page.frameLocator(frameSelector);
      await expect(frame.locator(".explorer-root")).toHaveAttribute("data-theme", site.scheme);
      // The last frame shows the explorer itself, not the bare page: its cards differ from the page.
      expect(await frame.locator(".card").first().evaluate((card) => getComputedStyle(card).backgroundColor)).toBe(
        site.scheme === "dark" ? "rgb(22, 26, 43)" : "rgb(255, 255, 255)",
      );
      // One load of the explorer's page, at the address pasted.
      expect(loads).toEqual([`${EXPLORER}index.html?embed=1`]);
    });
  }
}

test("an iframe pasted without embed.js shows itself after a while, in the system's scheme, and never posts a height", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openHostPage(page, hostPage(
    `<iframe title="Credit pricing explorer" src="${EXPLORER}index.html?embed=1" style="width: 100%; height: 900px; border: 0"></iframe>
     <script>window.received = []; addEventListener("message", (e) => received.push(e.data));</script>`,
  ));
  const root = page.frameLocator(frameSelector).locator(".explorer-root");
  await expect(page.frameLocator(frameSelector).getByRole("status", { name: "Credits per image" })).toHaveText("1.00");
  await expect(root).toHaveCSS("visibility", "visible");
  await expect(root).toHaveAttribute("data-theme", "auto");
  // It said hello, and nothing else: with nobody answering, it knows no origin to tell its height.
  const received = await page.evaluate(() => (window as unknown as { received: unknown[] }).received);
  expect(received).toEqual([{ pricingExplorer: { v: 1, type: "hello" } }]);
});

test("the frame takes the origin of its parent's answer, and no stranger's", async ({ page }) => {
  // A stranger's frame, of another origin, tells the explorer a scheme first: the explorer stays untold.
  await page.route("http://stranger.test/**", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<script>window.tell = () => parent.frames[1].postMessage({ pricingExplorer: { v: 1, type: "theme", theme: "dark" } }, "${new URL(EXPLORER).origin}");</script>`,
    }),
  );
  await openHostPage(page, hostPage(
    `<iframe src="http://stranger.test/frame.html"></iframe>
     <iframe data-pricing-explorer="" title="Credit pricing explorer" src="${EXPLORER}index.html?embed=1" style="display: block; width: 100%; height: 900px; border: 0"></iframe>
     <script>window.received = []; addEventListener("message", (e) => received.push(e.origin + " " + e.data.pricingExplorer.type));</script>`,
  ));
  const root = page.frameLocator(frameSelector).locator(".explorer-root");
  await expect(page.frameLocator(frameSelector).getByRole("status", { name: "Credits per image" })).toHaveText("1.00");
  const stranger = page.frames().find((frame) => frame.url().startsWith("http://stranger.test/"));
  await stranger?.evaluate(() => (window as unknown as { tell: () => void }).tell());
  await expect(root).toHaveCSS("visibility", "visible");
  await expect(root).toHaveAttribute("data-theme", "auto");
  // The parent answers, as embed.js does: the explorer takes the scheme, and from then on posts
  // its height to the parent's origin.
  await page.evaluate((origin) => {
    const explorer = document.querySelector<HTMLIFrameElement>("iframe[data-pricing-explorer]");
    explorer?.contentWindow?.postMessage({ pricingExplorer: { v: 1, type: "theme", theme: "dark" } }, origin);
  }, new URL(EXPLORER).origin);
  await expect(root).toHaveAttribute("data-theme", "dark");
  const explorerOrigin = new URL(EXPLORER).origin;
  await expect.poll(() => page.evaluate(() => (window as unknown as { received: string[] }).received.slice(0, 2))).toEqual([
    `${explorerOrigin} hello`,
    `${explorerOrigin} resize`,
  ]);
  expect(new URL(page.url()).origin).toBe(DOCS_ORIGIN);
});
