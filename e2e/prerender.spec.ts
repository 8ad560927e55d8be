// Chromium only: it delays the app's scripts with Playwright's page.route to see the prerendered first paint.
import { expect, test, type Page } from "@playwright/test";
import { watchConsole } from "./helpers";
import { EXPLORER_ORIGIN } from "./hosts";
import { countPixels, parseColour } from "./paint";

const output = (page: Page, name: string) => page.getByRole("status", { name });

/** Opens an address and waits until its HTML has been parsed and painted, scripts held or not. */
async function openPainted(page: Page, url: string) {
  await page.goto(url, { waitUntil: "commit" });
  await page.locator("#root .explorer-root, #root [role=alert]").first().waitFor({ state: "attached" });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Holds the app's scripts back until `release` is called: the page as painted before they run. */
async function holdScripts(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return () => release();
}

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the page shows the default price, prerendered, and says these are the defaults", async ({ page }) => {
    await page.goto("./?steps=10&height=768");
    await expect(page.getByRole("heading", { level: 1, name: "Credit pricing explorer" })).toBeVisible();
    await expect(output(page, "Credits per image")).toHaveText("1.00");
    await expect(output(page, "Total price")).toHaveText("$0.01");
    await expect(page.getByText(/^JavaScript is off/)).toHaveText(
      "JavaScript is off, so this page shows the default settings (512 × 512, 50 steps, 1 image, " +
        "a balance of 200 credits) whatever its address says, and the controls do not move.",
    );
  });
});

test.describe("before the app's script has run", () => {
  test("a shared link paints no figure at all, then its own figures", async ({ page, context }) => {
    const release = await holdScripts(page);
    await openPainted(page, "./?steps=10&height=768");
    await expect(output(page, "Credits per image")).toBeHidden();
    // Nothing but the page's background is painted: no default price, not for a frame.
    const shot = await page.screenshot();
    const background = parseColour(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    if (!background) throw new Error("the page has no background colour");
    const size = page.viewportSize();
    const [plain] = await countPixels(context, shot, [background], 2);
    expect(plain).toBe((size?.width ?? 0) * (size?.height ?? 0));

    release();
    // 512 × 768 at 10 steps, one image: 0.48 credits, $0.0048; 200 credits buy 416.
    await expect(output(page, "Credits per image")).toHaveText("0.48");
    await expect(output(page, "Credits per image")).toBeVisible();
    await expect(output(page, "Total credits")).toHaveText("0.48");
    await expect(output(page, "Total price")).toHaveText("$0.0048");
    await expect(output(page, "Images your balance buys")).toHaveText("416");
    await expect(page.locator("html")).not.toHaveAttribute("data-pending");
  });

  test("the default address paints the prerendered price at once", async ({ page }) => {
    const release = await holdScripts(page);
    await openPainted(page, "./");
    await expect(output(page, "Credits per image")).toHaveText("1.00");
    await expect(output(page, "Credits per image")).toBeVisible();
    release();
  });

  test("the default address keeps the painted nodes when the script starts, so its largest paint stays the first", async ({ page }) => {
    await page.addInitScript(() => {
      const entries: PerformanceEntry[] = [];
      new PerformanceObserver((list) => entries.push(...list.getEntries())).observe({ type: "largest-contentful-paint", buffered: true });
      Object.assign(window, { lcpEntries: entries });
    });
    const release = await holdScripts(page);
    await openPainted(page, "./");
    // Tag the nodes painted before any script of the app ran.
    await page.evaluate(() => {
      for (const node of document.querySelectorAll("output, .page-intro")) node.setAttribute("data-painted-first", "");
    });
    release();
    await page.waitForFunction(() => performance.getEntriesByName("pricing-explorer:first-render").length === 1);
    await expect(page.getByRole("table", { name: /by steps/ })).toBeAttached();
    // Hydrated, not re-created: the intro and the price are the nodes that were painted first.
    await expect(page.locator(".page-intro[data-painted-first]")).toHaveCount(1);
    await expect(page.locator('output[data-painted-first]').first()).toHaveText("1.00");
    const lcp = await page.evaluate(() => {
      const entries = (window as unknown as { lcpEntries: (PerformanceEntry & { element: Element | null })[] }).lcpEntries;
      const mark = performance.getEntriesByName("pricing-explorer:first-render")[0]?.startTime ?? 0;
      return entries.map((entry) => ({ before: entry.startTime < mark, painted: entry.element?.hasAttribute("data-painted-first") ?? false }));
    });
    // Every candidate was painted before the app's first commit, by a node that is still there.
    expect(lcp.length).toBeGreaterThan(0);
    expect(lcp.every((entry) => entry.before)).toBe(true);
    expect(lcp.at(-1)?.painted).toBe(true);
  });

  test("under a strict Content-Security-Policy, a shared link is hidden until read, then shown", async ({ page }) => {
    const problems = watchConsole(page);
    const release = await holdScripts(page);
    await openPainted(page, `${EXPLORER_ORIGIN}/csp/explorer/?count=3`);
    await expect(output(page, "Total credits")).toBeHidden();
    release();
    await expect(output(page, "Total credits")).toHaveText("3.00");
    await expect(output(page, "Total credits")).toBeVisible();
    expect(problems).toEqual([]);
  });
});

test("the script takes over the prerendered page without a console error", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("./?steps=10");
  await expect(output(page, "Credits per image")).toHaveText("0.20");
  await expect(page.getByRole("slider", { name: "Steps" })).toHaveCount(1);
  await expect(page.locator(".explorer-root")).toHaveCount(1);
  await expect(page.getByText(/^JavaScript is off/)).toHaveCount(0);
  expect(problems).toEqual([]);
});
