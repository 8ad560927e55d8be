// Chromium only: it reads the clipboard, which needs Playwright's grantPermissions; engines/cases/standalone.ts has the share link's round trip in all three engines.
import { expect, test } from "@playwright/test";
import { watchConsole } from "./helpers";
import { EXPLORER } from "./hosts";

test("a shared URL restores the view exactly", async ({ page }) => {
  await page.goto("./?steps=75&width=768&height=1024&count=3&balance=500.25&view=usd&theme=dark");
  await expect(page.getByRole("status", { name: "Credits per image" })).toHaveText("9.90");
  await expect(page.getByRole("status", { name: "Total credits" })).toHaveText("29.70");
  await expect(page.getByRole("status", { name: "Total price" })).toHaveText("$0.297");
  await expect(page.getByRole("status", { name: "Images your balance buys" })).toHaveText("50");
  await expect(page.getByRole("textbox", { name: "Balance in credits" })).toHaveValue("500.25");
  for (const [name, value] of [["Steps", "75"], ["Width", "768"], ["Height", "1024"], ["Image count", "3"]] as const) {
    await expect(page.getByRole("slider", { name }), name).toHaveValue(value);
  }
  await expect(page.getByRole("radio", { name: "Dollars" })).toBeChecked();
  await expect(page.locator(".explorer-root")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator('td[aria-current="true"]')).toHaveText("$0.099");
});

test("the URL follows the settings, reopens the same view, and Back still leaves the page", async ({ page }) => {
  await page.goto("about:blank");
  await page.goto("./");
  const steps = page.getByRole("slider", { name: "Steps" });
  await steps.focus();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press("ArrowRight");
  await page.getByRole("radio", { name: "Images" }).check({ force: true });
  await expect(page).toHaveURL(/\?steps=55&view=images$/);
  await page.reload();
  await expect(page.getByRole("status", { name: "Credits per image" })).toHaveText("1.10");
  await expect(page.getByRole("radio", { name: "Images" })).toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL("about:blank");
});

test("Copy link and Copy embed code put the current settings on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("./?steps=30&count=2");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Copied the link.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${EXPLORER}?steps=30&count=2`,
  );
  const target = page.getByRole("combobox", { name: "Embed for" });
  await expect(target).toHaveValue("HTML");
  expect(await target.locator("option").allTextContents()).toEqual(["HTML", "Docusaurus", "VitePress", "MkDocs", "Starlight", "Sphinx (reST)", "Sphinx (MyST)"]);
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  const src = `${EXPLORER}index.html?embed=1&amp;steps=30&amp;count=2`;
  // Its own settings' height: 30 steps add a row to the table (npm run measure).
  const height = "max(957px, min(1497px, (640px - 100vw) * 1000))";
  await page.getByRole("button", { name: "Copy embed code" }).click();
  await expect(page.getByText("Copied the embed code for HTML.")).toBeVisible();
  expect(await clipboard()).toBe(
    `<iframe data-pricing-explorer="" src="${src}" title="Credit pricing explorer" loading="lazy" style="display: block; width: 100%; height: ${height}; border: 0; color-scheme: light"></iframe>\n` +
      `<script src="${EXPLORER}embed.js" async></script>`,
  );
  await target.selectOption("Docusaurus");
  await expect(page.getByText("add embed.js to scripts in docusaurus.config.js once")).toBeVisible();
  await page.getByRole("button", { name: "Copy embed code" }).click();
  await expect(page.getByText("Copied the embed code for Docusaurus.")).toBeVisible();
  expect((await clipboard()).split("\n")).toEqual([
    `{/* Once, in docusaurus.config.js: scripts: [{src: "${EXPLORER}embed.js", async: true}], */}`,
    `<iframe data-pricing-explorer="" src="${src}" title="Credit pricing explorer" loading="lazy" style={{display: "block", width: "100%", height: "${height}", border: 0, colorScheme: "light"}}></iframe>`,
  ]);
});

test("where the clipboard is refused, the embed code is shown to select and copy", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new DOMException("Denied", "NotAllowedError")) },
    });
  });
  await page.goto("./?steps=30");
  await page.getByRole("combobox", { name: "Embed for" }).selectOption("VitePress");
  await page.getByRole("button", { name: "Copy embed code" }).click();
  await expect(page.getByText("Copying is blocked here: select the embed code for VitePress below and copy it.")).toBeVisible();
  const text = page.getByRole("textbox", { name: "Text to copy" });
  expect((await text.inputValue()).startsWith(`<!-- Once, in .vitepress/config: head: [["script", {src: "${EXPLORER}embed.js", async: ""}]], -->\n<iframe `)).toBe(true);
  await text.focus();
  expect(await text.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe(await text.inputValue());
});

// Each with what docs/parameters.md makes of it: credits per image, total credits, images the
// balance buys and the current cell's text. A value that is not a plain decimal, or overflows,
// takes the default (50 steps, 512 × 512, one image, 200 credits, credits view); a plain one is
// brought into range; the first of a repeated parameter counts.
const HOSTILE_QUERIES: [query: string, perImage: string, total: string, images: string, cell: string][] = [
  // A balance of -0 is a plain number, clamped to 0.
  ["steps=&width=%20&height=NaN&count=Infinity&balance=-0", "1.00", "1.00", "0", "1.0"],
  ["steps=1e309&width=-1e309&height=0x400&count=4px&balance=1,000", "1.00", "1.00", "200", "1.0"],
  ["steps=%E0%A4%A&width=%ZZ&balance=%", "1.00", "1.00", "200", "1.0"],
  ["steps=%D9%A5%D9%A0&width=%EF%BC%95%EF%BC%91%EF%BC%92", "1.00", "1.00", "200", "1.0"],
  ["steps=<script>alert(1)</script>&view=<img src=x onerror=alert(1)>&theme=\"><svg onload=alert(1)>", "1.00", "1.00", "200", "1.0"],
  [`steps=${"9".repeat(10000)}&balance=${"1".repeat(5000)}.5`, "1.00", "1.00", "200", "1.0"],
  // 20 steps at 768 × 512: 2.4 × 20 / 50 = 0.96, shown in dollars; 200 / 0.96 = 208.3.
  ["steps=20&steps=abc&width=768&width=1024&view=usd&view=images", "0.96", "0.96", "208", "$0.0096"],
  ["theme=DARK&view=Credits&embed=yes&origin=javascript:alert(1)", "1.00", "1.00", "200", "1.0"],
  // 10.5 steps round to 11: 1.0 × 11 / 50 = 0.22; count -0 clamps to 1; balance -1e-400 to 0.
  ["count=-0&balance=-1e-400&steps=10.5", "0.22", "0.22", "0", "0.22"],
];

for (const [query, perImage, total, images, cell] of HOSTILE_QUERIES) {
  test(`a hostile URL renders with fallbacks and no error: ${query.slice(0, 60)}`, async ({ page }) => {
    const problems = watchConsole(page);
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto(`./?${query}`);
    await expect(page.getByRole("status", { name: "Credits per image" })).toBeVisible();
    await expect(page.getByRole("status", { name: "Credits per image" })).toHaveText(perImage);
    await expect(page.getByRole("status", { name: "Total credits" })).toHaveText(total);
    await expect(page.getByRole("status", { name: "Images your balance buys" })).toHaveText(images);
    await expect(page.locator('td[aria-current="true"]')).toHaveCount(1);
    await expect(page.locator('td[aria-current="true"]')).toHaveText(cell);
    expect(dialogs).toBe(0);
    expect(await page.locator("script:not([src]), img[src=x], svg[onload]").count()).toBe(0);
    expect(problems).toEqual([]);
  });
}

test("hostile URLs fall back to exactly the contract's values", async ({ page }) => {
  const expectations: [string, string, string][] = [
    ["steps=1e309&width=0x400", "Credits per image", "1.00"],
    ["steps=10.5", "Credits per image", "0.22"],
    ["steps=20&steps=abc&width=768&width=1024", "Credits per image", "0.96"],
    ["balance=1,000", "Images your balance buys", "200"],
    ["balance=-1e-400", "Images your balance buys", "0"],
    ["count=-0", "Total credits", "1.00"],
  ];
  for (const [query, name, text] of expectations) {
    await page.goto(`./?${query}`);
    await expect(page.getByRole("status", { name }), query).toHaveText(text);
  }
});
