// Chromium only: host pages come from Playwright's page.route and uncaught errors from page.on("pageerror").
import { expect, test, type Page } from "@playwright/test";
import { watchConsole } from "./helpers";
import { EXPLORER, EXPLORER_ORIGIN, frameSelector, hostPage, openHostPage, settled } from "./hosts";

const output = (page: Page, name: string) => page.getByRole("status", { name });

// Text a person might type or paste into the Steps field. Two are plain numbers and are
// brought into range; the rest are refused with the typed text kept.
const CLAMPED: [string, string][] = [["-0", "10"], ["1.", "10"], ["1e3", "150"]];
const REFUSED = [
  "", " ", "NaN", "Infinity", "1e309", "-1e309", "0x20", "512px", "1,000", "1.000,5",
  "١٢٣", "１２", "<b>9</b>", "'; DROP TABLE", "9".repeat(400), "-", "e", "%",
];

test("typing or pasting hostile text into a number field never loses it or breaks the page", async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto("./?steps=75");
  const steps = page.getByRole("textbox", { name: "Steps" });
  const slider = page.getByRole("slider", { name: "Steps" });
  for (const text of REFUSED) {
    await steps.fill(text);
    await steps.press("Enter");
    await expect(steps, text).toHaveValue(text);
    await expect(steps, text).toHaveAttribute("aria-invalid", "true");
    await expect(steps).toHaveAccessibleDescription("Type a whole number from 10 to 150.");
    await expect(slider).toHaveValue("75");
    await expect(output(page, "Credits per image")).toHaveText("1.50");
    await steps.press("Escape");
    await expect(steps).toHaveValue("75");
  }
  for (const [text, kept] of CLAMPED) {
    await steps.fill(text);
    await steps.press("Enter");
    await expect(steps, text).toHaveValue(kept);
    await expect(slider).toHaveValue(kept);
    await expect(page.getByText(`${text} is out of range or between values: using ${kept}.`)).toBeVisible();
  }
  expect(problems).toEqual([]);
});

test("the balance refuses -1e309 with a message, keeps the text, and still prices", async ({ page }) => {
  await page.goto("./");
  const balance = page.getByRole("textbox", { name: "Balance in credits" });
  await balance.fill("-1e309");
  await balance.press("Tab");
  await expect(balance).toHaveValue("-1e309");
  await expect(balance).toHaveAccessibleDescription("That number is too large to use.");
  await expect(output(page, "Images your balance buys")).toHaveText("200");
  await balance.fill("9999999.999");
  await balance.press("Enter");
  await expect(balance).toHaveValue("9999999.99");
  await expect(output(page, "Images your balance buys")).toHaveText("9,999,999");
});

test("messages posted at the explorer's iframe change nothing", async ({ page }) => {
  const problems = watchConsole(page);
  await openHostPage(page, hostPage(`<script src="${EXPLORER}embed.js" data-steps="30" async></script>`));
  const frame = page.frameLocator('iframe[title="Credit pricing explorer"]');
  await expect(frame.getByRole("status", { name: "Credits per image" })).toHaveText("0.60");
  await page.evaluate(() => {
    const target = document.querySelector("iframe")?.contentWindow;
    for (const data of [
      { pricingExplorer: { v: 1, type: "settings", steps: 150 } },
      { pricingExplorer: { v: 1, type: "resize", height: 1 } },
      "steps=150", null, { __proto__: { steps: 150 } }, new ArrayBuffer(8),
    ]) {
      target?.postMessage(data, "*");
    }
  });
  await page.waitForTimeout(200);
  await expect(frame.getByRole("status", { name: "Credits per image" })).toHaveText("0.60");
  await expect(frame.getByRole("slider", { name: "Steps" })).toHaveValue("30");
  expect(problems).toEqual([]);
});

test("hostile attributes on the custom element fall back, with nothing rendered as markup", async ({ page }) => {
  const problems = watchConsole(page);
  await openHostPage(page, hostPage(
    `<pricing-explorer steps="<img src=x onerror=alert(1)>" width="1e309" height="-1e309" count="0x5" balance="1,000" view="javascript:alert(1)" theme="&quot;><script>alert(1)</script>"></pricing-explorer>`,
    `<script type="module" src="${EXPLORER}pricing-explorer.js"></script>`,
  ));
  const element = page.locator("pricing-explorer");
  // Each attribute falls back to its default: 50 steps, 512 × 512, one image, 200 credits, the
  // credits view, and theme auto (which follows this light page).
  await expect(element.getByRole("status", { name: "Credits per image" })).toHaveText("1.00");
  await expect(element.getByRole("status", { name: "Total credits" })).toHaveText("1.00");
  await expect(element.getByRole("status", { name: "Images your balance buys" })).toHaveText("200");
  for (const [name, value] of [["Steps", "50"], ["Width", "512"], ["Height", "512"], ["Image count", "1"]] as const) {
    await expect(element.getByRole("slider", { name }), name).toHaveValue(value);
  }
  await expect(element.getByRole("textbox", { name: "Balance in credits" })).toHaveValue("200");
  await expect(element.getByRole("table", { name: /by steps/ })).toHaveAccessibleName(/^Credits per image/);
  await expect(element.locator(".explorer-root")).toHaveAttribute("data-theme", "light");
  expect(await element.evaluate((el) => el.shadowRoot?.querySelectorAll("img, script").length)).toBe(0);
  expect(problems).toEqual([]);
});

test("under a strict Content-Security-Policy the page works and reports no violation", async ({ page }) => {
  const problems = watchConsole(page);
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const response = await page.goto(`${EXPLORER_ORIGIN}/csp/explorer/?steps=10&height=768`);
  expect(response?.headers()["content-security-policy"]).toBe("default-src 'self'; script-src 'self'; style-src 'self'");
  await expect(output(page, "Credits per image")).toHaveText("0.48");
  await page.getByRole("slider", { name: "Steps" }).fill("100");
  await expect(output(page, "Credits per image")).toHaveText("4.80");
  await page.getByRole("figure").scrollIntoViewIfNeeded();
  await expect(page.getByRole("figure").locator(".recharts-line")).toHaveCount(6);
  await expect(page.locator(".explorer-root")).toHaveCSS("background-color", "rgb(247, 247, 251)");
  expect(violations).toEqual([]);
  expect(problems).toEqual([]);
});

test("in a sandboxed iframe (allow-scripts only) the explorer still prices", async ({ page }) => {
  await openHostPage(page, hostPage(
    `<iframe title="Sandboxed explorer" sandbox="allow-scripts" style="width:100%;height:1200px" src="${EXPLORER}index.html?embed=1&steps=25"></iframe>`,
  ));
  const frame = page.frameLocator('iframe[title="Sandboxed explorer"]');
  await expect(frame.getByRole("status", { name: "Credits per image" })).toHaveText("0.50");
  await frame.getByRole("slider", { name: "Image count" }).fill("3");
  await expect(frame.getByRole("status", { name: "Total credits" })).toHaveText("1.50");
});

test("without localStorage or ResizeObserver the page still works, chart included", async ({ page }) => {
  const problems = watchConsole(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("denied", "SecurityError"); } });
    Object.defineProperty(window, "sessionStorage", { get() { throw new DOMException("denied", "SecurityError"); } });
    // @ts-expect-error: simulating an old browser
    delete window.ResizeObserver;
  });
  await page.goto("./?steps=150&width=1024&height=1024");
  await expect(output(page, "Credits per image")).toHaveText("28.20");
  await page.getByRole("slider", { name: "Steps" }).fill("10");
  await expect(output(page, "Credits per image")).toHaveText("1.88");
  await page.getByRole("figure").scrollIntoViewIfNeeded();
  await expect(page.getByRole("figure").locator(".recharts-line")).toHaveCount(6);
  expect(problems).toEqual([]);
});

test("an iframe embed without ResizeObserver still sizes itself", async ({ page }) => {
  await page.addInitScript(() => {
    // @ts-expect-error: simulating an old browser in the frame too
    delete window.ResizeObserver;
  });
  await openHostPage(page, hostPage(`<script src="${EXPLORER}embed.js" async></script>`));
  const frame = page.frameLocator(frameSelector);
  await expect(frame.getByRole("status", { name: "Credits per image" })).toHaveText("1.00");
  const before = await settled(page);
  // 30 steps adds a row for them to the table: the frame grows, and the iframe with it.
  await frame.getByRole("textbox", { name: "Steps" }).fill("30");
  await frame.getByRole("textbox", { name: "Steps" }).press("Enter");
  await expect(frame.getByRole("rowheader", { name: /^30/ })).toBeVisible();
  expect(await settled(page)).toBeGreaterThan(before);
});
