import fc from "fast-check";
import { SCHEDULES } from "./schedulesAfter2022";
import { planPurchase, quotePlan } from "./plan";
import { creditsPerImage } from "./quote";
import { hundredths } from "./units";

describe("planning a purchase", () => {
  it("500 images at 0.48 need 240 credits; with 200 in hand, the $10 step covers the 40 missing", () => {
    expect(planPurchase(hundredths(20_000), hundredths(48), 500)).toEqual({
      perImage: 48,
      needed: 24_000,
      shortfall: 4_000,
      topUp: 1_000,
      topUpCredits: 100_000,
    });
  });

  it("needs no top-up when the balance covers the images exactly", () => {
    expect(planPurchase(hundredths(20_000), hundredths(200), 100)).toMatchObject({ needed: 20_000, shortfall: 0, topUp: 0, topUpCredits: 0 });
  });

  it("rounds a shortfall of one hundredth of a credit up to a whole $10", () => {
    expect(planPurchase(hundredths(19_999), hundredths(200), 100)).toMatchObject({ shortfall: 1, topUp: 1_000 });
  });

  it("a shortfall of exactly 1,000 credits takes $10, and one hundredth more takes $20", () => {
    expect(planPurchase(hundredths(0), hundredths(1_000), 100).topUp).toBe(1_000);
    expect(planPurchase(hundredths(0), hundredths(1_000), 100).needed).toBe(100_000);
    expect(planPurchase(hundredths(1), hundredths(100_001), 1).topUp).toBe(1_000);
    expect(planPurchase(hundredths(0), hundredths(100_001), 1).topUp).toBe(2_000);
  });

  it("1,000,000 images at 2022's dearest cell (28.20) need 28,200,000 credits: $282,000 from nothing", () => {
    const plan = planPurchase(hundredths(0), hundredths(2_820), 1_000_000);
    expect(plan.needed).toBe(2_820_000_000);
    expect(plan.topUp).toBe(28_200_000);
  });

  it("prices the images wanted at the schedule's own price", () => {
    const [, december] = SCHEDULES;
    const settings = { steps: 50, width: 512, height: 512, count: 1, balance: hundredths(1_000), wanted: 300 };
    // December 2022: 0.33 credits at the default settings; 300 of them need 99 credits.
    expect(quotePlan(december!, settings)).toMatchObject({ perImage: 33, needed: 9_900, shortfall: 8_900, topUp: 1_000 });
  });

  it("never leaves the images short, and never buys a whole $10 step more than needed", () => {
    const setting = fc.record({
      schedule: fc.constantFrom(...SCHEDULES),
      steps: fc.integer({ min: 10, max: 150 }),
      side: fc.integer({ min: 8, max: 16 }).map((n) => n * 64),
      balance: fc.integer({ min: 0, max: 1_000_000_000 }),
      wanted: fc.integer({ min: 1, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(setting, ({ schedule, steps, side, balance, wanted }) => {
        const perImage = creditsPerImage(schedule, { steps, width: side, height: side });
        const plan = planPurchase(hundredths(balance), perImage, wanted);
        expect(plan.needed).toBe(perImage * wanted);
        expect(plan.topUp % 1_000).toBe(0);
        if (plan.topUp === 0) {
          expect(plan.needed).toBeLessThanOrEqual(balance);
        } else {
          // needed ≤ balance + top-up < needed + 1,000 credits
          expect(plan.needed).toBeLessThanOrEqual(balance + plan.topUpCredits);
          expect(balance + plan.topUpCredits).toBeLessThan(plan.needed + 100_000);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
