// Chromium only: it uses Playwright's page.route host pages and print emulation; engines/cases/standalone.ts has planning in all three engines.
// Planning a purchase in a real browser: images wanted, the credits they take and the top-up the
// balance lacks, in $10 steps; the heatmap's cells that the balance affords; from a link, the
// iframe's data-wanted and the element's attribute.
import { expect, test, type FrameLocator, type Locator, type Page } from "@playwright/test";
import { EXPLORER, hostPage, openHostPage, frameSelector } from "./hosts";

type Scope = Page | FrameLocator | Locator;

/** 512 × 512 at 50 steps costs 1.00 a credit: 500 images take 500.00, 300.00 more than 200. */
async function expectPlan(scope: Scope, needed: string, topUp: string) {
  await expect(scope.getByRole("status", { name: "Credits needed" })).toHaveText(needed);
  await expect(scope.getByRole("status", { name: "Top-up needed" })).toHaveText(topUp);
}

test("a link's images wanted give the credits needed and the top-up, and typing changes both and the link", async ({ page }) => {
  await page.goto("./?balance=200&wanted=500");
  const wanted = page.getByRole("textbox", { name: "Images wanted" });
  await expect(wanted).toHaveValue("500");
  await expectPlan(page, "500.00", "$10");
  await expect(page.getByText("1,000 credits, for the 300.00 missing.")).toBeVisible();

  await wanted.fill("150");
  await wanted.press("Enter");
  await expectPlan(page, "150.00", "$0");
  await expect(page.getByText("The balance covers them, with 50.00 credits to spare.")).toBeVisible();
  await expect(page).toHaveURL(/[?&]wanted=150(&|$)/);

  // 1,234 images at 2.00 (100 steps) take 2,468.00: 2,268.00 missing, bought in $10 steps as $30.
  await page.getByRole("slider", { name: "Steps" }).fill("100");
  await wanted.fill("1234");
  await wanted.press("Enter");
  await expectPlan(page, "2,468.00", "$30");

  await wanted.fill("lots");
  await wanted.press("Enter");
  await expect(wanted).toHaveValue("lots");
  await expect(wanted).toHaveAccessibleDescription("Type a whole number from 1 to 1,000,000.");
  await expectPlan(page, "2,468.00", "$30");
});

test("the heatmap marks, in paint and in words, exactly the cells the balance affords for the images wanted", async ({ page }) => {
  await page.goto("./?balance=200&wanted=150");
  const table = page.getByRole("table", { name: /by steps/ });
  const cells = table.getByRole("button");
  await expect(cells).toHaveCount(36);
  await expect(page.getByText(/^Dotted: the balance buys the 150 images wanted there/)).toBeVisible();
  const marks = await cells.evaluateAll((buttons) =>
    buttons.map((button) => ({
      credits: Number(button.textContent),
      described: (button.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" "),
      dot: getComputedStyle(button, "::after").content !== "none",
    })),
  );
  // Printed to a tenth or a hundredth, a cell's figure is within 0.05 of the price: no cell sits
  // that close to 200 / 150 = 1.33 in this table, so the printed figure decides.
  for (const { credits, described, dot } of marks) {
    const affordable = credits * 150 <= 200;
    expect({ credits, dot, described: described.includes("Within budget for 150 images.") }).toEqual({ credits, dot: affordable, described: affordable });
  }
  // From the published table: at 10 steps all but 1024 × 1024 (1.88), at 25 steps 0.5 and 1.2,
  // at 50 steps 1.0; from 75 steps even 512 × 512 costs 1.5. Eight cells.
  const rows = [0, 1, 2, 3, 4, 5].map((r) => marks.slice(r * 6, r * 6 + 6).map((mark) => (mark.dot ? "y" : ".")).join(""));
  expect(rows).toEqual(["yyyyy.", "yy....", "y.....", "......", "......", "......"]);
  await expect(page.getByText("(8 of 36 cells)")).toBeVisible();
});

test("the iframe takes images wanted from its snippet, and the element from its attribute, live", async ({ page }) => {
  await openHostPage(page, hostPage(
    `<script src="${EXPLORER}embed.js" data-balance="200" data-wanted="500" async></script>
     <pricing-explorer balance="200" wanted="500"></pricing-explorer>`,
    `<script type="module" src="${EXPLORER}pricing-explorer.js"></script>`,
  ));
  const frame = page.frameLocator(frameSelector);
  await expect(frame.getByRole("textbox", { name: "Images wanted" })).toHaveValue("500");
  await expectPlan(frame, "500.00", "$10");

  const element = page.locator("pricing-explorer");
  await element.scrollIntoViewIfNeeded();
  await expectPlan(element, "500.00", "$10");
  await element.evaluate((el) => el.setAttribute("wanted", "150"));
  await expectPlan(element, "150.00", "$0");
  await element.getByRole("textbox", { name: "Images wanted" }).fill("2000");
  await element.getByRole("textbox", { name: "Images wanted" }).press("Enter");
  await expectPlan(element, "2,000.00", "$20");
  // The frame is a page of its own: the element's change leaves it as it was.
  await expectPlan(frame, "500.00", "$10");
});
