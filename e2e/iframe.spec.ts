// Chromium only: host pages and stranger frames come from Playwright's page.route and its frame API; engines/cases/embeds.ts has the iframe cases for all three engines.
import { expect, test } from "@playwright/test";
import { DOCS_ORIGIN, EXPLORER, frameSelector, heights, hostPage, openHostPage, settled } from "./hosts";

test("embed.js inserts a titled, lazy iframe after its script, with its data-* settings and the host origin", async ({ page }) => {
  await openHostPage(page, hostPage(
    `<p>before</p><script id="s" src="${EXPLORER}embed.js" data-steps="30" data-count="2" data-theme="dark" data-foo="x" data-origin="http://localhost:4175" async></script><p id="after">after</p>`,
  ));
  const iframe = page.locator(frameSelector);
  await expect(iframe).toHaveCount(1);
  expect(await page.evaluate(() => document.getElementById("s")?.nextElementSibling?.tagName)).toBe("IFRAME");
  await expect(iframe).toHaveAttribute("loading", "lazy");
  const src = new URL((await iframe.getAttribute("src")) ?? "");
  expect(src.origin + src.pathname).toBe(`${EXPLORER}index.html`);
  expect([...src.searchParams]).toEqual([
    ["steps", "30"], ["count", "2"], ["theme", "dark"], ["embed", "1"], ["origin", DOCS_ORIGIN],
  ]);
  const frame = page.frameLocator(frameSelector);
  await expect(frame.getByRole("status", { name: "Total credits" })).toHaveText("1.20");
  await expect(frame.getByRole("heading", { level: 1 })).toHaveCount(0);
  await expect(frame.getByRole("link", { name: /Open the full explorer/ })).toHaveAttribute("target", "_blank");
  await expect(frame.getByRole("button", { name: "Copy link" })).toHaveCount(0);
});

test("the iframe grows and shrinks with its content", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openHostPage(page, hostPage(`<script src="${EXPLORER}embed.js" async></script><p>after</p>`));
  await expect(page.frameLocator(frameSelector).getByRole("status", { name: "Credits per image" })).toHaveText("1.00");
  const wide = await settled(page);

  await page.setViewportSize({ width: 500, height: 900 });
  const narrow = await settled(page);
  expect(narrow).toBeGreaterThan(wide + 300);

  // An estimate row makes the table, and so the frame, taller.
  await page.frameLocator(frameSelector).getByRole("slider", { name: "Steps" }).fill("30");
  const withRow = await settled(page);
  expect(withRow).toBeGreaterThan(narrow);

  await page.setViewportSize({ width: 1280, height: 900 });
  expect(await settled(page)).toBeLessThan(withRow - 300);
});

test("embed.js ignores resize messages from other frames, other origins and malformed ones", async ({ page }) => {
  await page.route("http://localhost:4175/**", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<script>parent.postMessage({ pricingExplorer: { v: 1, type: "resize", height: 40 } }, "*");</script>`,
    }),
  );
  await openHostPage(page, hostPage(`<script src="${EXPLORER}embed.js" async></script>`));
  await expect(page.frameLocator(frameSelector).getByRole("status", { name: "Credits per image" })).toHaveText("1.00");
  const before = await settled(page);

  // A stranger's frame on another origin, and the host window itself.
  await page.evaluate(() => {
    const stranger = document.createElement("iframe");
    stranger.src = "http://localhost:4175/frame.html";
    document.body.append(stranger);
    window.postMessage({ pricingExplorer: { v: 1, type: "resize", height: 41 } }, "*");
    return new Promise((resolve) => stranger.addEventListener("load", resolve));
  });
  // A frame on the explorer's own origin that is not the explorer's frame.
  await page.evaluate((explorer) => {
    const sibling = document.createElement("iframe");
    sibling.src = `${explorer}examples/docs.css`;
    document.body.append(sibling);
    return new Promise((resolve) => sibling.addEventListener("load", resolve));
  }, EXPLORER);
  await page.frame({ url: /docs\.css$/ })?.evaluate(() => {
    parent.postMessage({ pricingExplorer: { v: 1, type: "resize", height: 42 } }, "*");
  });
  // The explorer's own frame, with malformed payloads.
  const frame = page.frame({ url: /embed=1/ });
  await frame?.evaluate(() => {
    for (const data of [
      { pricingExplorer: { v: 1, type: "resize", height: -5 } },
      { pricingExplorer: { v: 2, type: "resize", height: 43 } },
      { pricingExplorer: { v: 1, type: "resize", height: "44" } },
      { pricingExplorer: { v: 1, type: "resize", height: 1e9 } },
      "resize:45",
      null,
    ]) {
      parent.postMessage(data, "*");
    }
  });
  await page.waitForTimeout(300);
  expect((await heights(page)).outer).toBe(before);
});

test("inside the iframe, heights are posted only to the origin it was given", async ({ page }) => {
  await openHostPage(page, hostPage(
    `<iframe id="a" title="Credit pricing explorer" src="${EXPLORER}index.html?embed=1&origin=${encodeURIComponent("http://other.test")}"></iframe>
     <iframe id="b" title="Second explorer" src="${EXPLORER}index.html?embed=1&origin=${encodeURIComponent(DOCS_ORIGIN)}"></iframe>
     <script>
       window.received = [];
       addEventListener("message", (e) => received.push(e.source === document.getElementById("a").contentWindow ? "a" : "b"));
     </script>`,
  ));
  await expect(page.frameLocator("#b").getByRole("status", { name: "Credits per image" })).toHaveText("1.00");
  await expect(page.frameLocator("#a").getByRole("status", { name: "Credits per image" })).toHaveText("1.00");
  await expect.poll(() => page.evaluate(() => (window as unknown as { received: string[] }).received.includes("b"))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { received: string[] }).received.includes("a"))).toBe(false);
});

test("two iframe embeds on one page are independent", async ({ page }) => {
  await openHostPage(page, hostPage(
    `<script src="${EXPLORER}embed.js" data-steps="10" async></script>
     <script src="${EXPLORER}embed.js" data-steps="150" data-width="1024" data-height="1024" async></script>`,
  ));
  const first = page.frameLocator(frameSelector).nth(0);
  const second = page.frameLocator(frameSelector).nth(1);
  await expect(first.getByRole("status", { name: "Credits per image" })).toHaveText("0.20");
  await expect(second.getByRole("status", { name: "Credits per image" })).toHaveText("28.20");
  await first.getByRole("slider", { name: "Image count" }).fill("5");
  await expect(first.getByRole("status", { name: "Total credits" })).toHaveText("1.00");
  await expect(second.getByRole("status", { name: "Total credits" })).toHaveText("28.20");
  await settled(page, 0);
  await settled(page, 1);
});

test("the iframe example page reserves about the frame's height, so the page barely shifts", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("./examples/iframe.html");
  const reserved = await page.locator(frameSelector).evaluate((el) => el.getBoundingClientRect().height);
  const final = await settled(page);
  expect(Math.abs(final - reserved) / final).toBeLessThan(0.1);
});

// Reported on a real Furo site (issue 21): opened at a heading below the explorer, the page
// scrolled smoothly there, the frame grew 1 px on the way, and embed.js's compensating scroll
// stopped the browser's 17 to 242 px short of the heading.
test("on a page that scrolls smoothly, a frame resized while the page scrolls to a heading below it leaves the heading where the scroll puts it", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // A stand-in for the explorer, on its origin, that reports the height it is told.
  await page.route(`${EXPLORER}stand-in.html*`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: '<script>addEventListener("message", (e) => { if (typeof e.data === "number") parent.postMessage({ pricingExplorer: { v: 1, type: "resize", height: e.data } }, "*"); });</script>',
    }),
  );
  const filler = Array.from({ length: 60 }, (_, i) => `<p>Paragraph ${i + 1} about credits.</p>`).join("");
  await openHostPage(page, hostPage(
    `<iframe data-pricing-explorer="" title="Credit pricing explorer" src="${EXPLORER}stand-in.html?embed=1" style="display: block; width: 100%; height: 600px; border: 0"></iframe>${filler}<h2 id="buying-credits" style="margin: 0">Buying credits</h2>${filler}`,
    `<style>html { scroll-behavior: smooth } body { margin: 0 }</style><script src="${EXPLORER}embed.js" async></script>`,
  ));
  const iframe = page.locator(frameSelector);
  await expect.poll(() => iframe.evaluate((el) => el.style.colorScheme)).toBe("light");
  const heading = page.getByRole("heading", { name: "Buying credits" });
  const top = () => heading.evaluate((el) => Math.round(el.getBoundingClientRect().top));
  await heading.evaluate((el) => el.scrollIntoView());
  // 100 ms into the scroll, well before its end: the frame grows by 1 px, then by 40.
  await page.waitForTimeout(100);
  const moved = await page.evaluate(() => scrollY);
  expect(moved).toBeGreaterThan(0);
  for (const height of [601, 641]) {
    await iframe.evaluate((el, h) => (el as HTMLIFrameElement).contentWindow?.postMessage(h, new URL(el.getAttribute("src") ?? "").origin), height);
  }
  await expect.poll(async () => {
    const before = await top();
    await page.waitForTimeout(300);
    return before === (await top()) ? before : null;
  }).not.toBeNull();
  expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(641);
  expect(Math.abs(await top())).toBeLessThanOrEqual(1);
});
