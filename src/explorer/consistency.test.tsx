import { cleanup, screen } from "@testing-library/react";
import fc from "fast-check";
import { hundredths } from "../pricing/units";
import { renderExplorer } from "../test/renderExplorer";

/** A displayed figure, in hundredths: "1,234.56" → 123456, "$0.0123" → 123 (of a credit). */
function shownHundredths(text: string, dollars = false): number {
  const plain = text.replace(/[$,]/g, "");
  const [whole = "0", fraction = ""] = plain.split(".");
  const places = dollars ? 4 : 2;
  return Number(whole) * 10 ** places + Number(fraction.padEnd(places, "0"));
}

const settings = fc.record({
  steps: fc.integer({ min: 10, max: 150 }),
  width: fc.integer({ min: 8, max: 16 }).map((n) => n * 64),
  height: fc.integer({ min: 8, max: 16 }).map((n) => n * 64),
  count: fc.integer({ min: 1, max: 10 }),
  wanted: fc.integer({ min: 1, max: 1_000_000 }),
  balance: fc.oneof(
    fc.integer({ min: 0, max: 1_000_000_000 }),
    fc.integer({ min: 0, max: 100_000 }),
  ).map(hundredths),
});

describe("every figure on the page agrees with every other", () => {
  it("per image × count = total; dollars = credits / 100; images fit the balance, with the leftover; the plan's credits and top-up", async () => {
    await fc.assert(
      fc.asyncProperty(settings, async (s) => {
        // Unmounted whatever happens, so that a failed run leaves no second page for the next.
        const shown = await (async () => {
          try {
            await renderExplorer(s);
            const text = (name: string) => screen.getByRole("status", { name }).textContent ?? "";
            const detail = screen.getByText(/credits left over/).textContent ?? "";
            return {
              perImage: shownHundredths(text("Credits per image")),
              total: shownHundredths(text("Total credits")),
              price: shownHundredths(text("Total price"), true),
              images: Number(text("Images your balance buys").replace(/,/g, "")),
              leftover: shownHundredths(/with ([\d,.]+) credits left over/.exec(detail)?.[1] ?? ""),
              needed: shownHundredths(text("Credits needed")),
              // Whole dollars; a dollar is 100 credits, 10,000 hundredths.
              topUp: Number(text("Top-up needed").replace(/[$,]/g, "")) * 10_000,
            };
          } finally {
            cleanup();
          }
        })();
        const { perImage, total, price, images, leftover, needed, topUp } = shown;

        expect(total).toBe(perImage * s.count);
        expect(price).toBe(total);
        expect(images * perImage).toBeLessThanOrEqual(s.balance);
        expect((images + 1) * perImage).toBeGreaterThan(s.balance);
        expect(images * perImage + leftover).toBe(s.balance);
        // Images wanted × per image; topped up in $10 steps (100,000 hundredths), just enough.
        expect(needed).toBe(perImage * s.wanted);
        expect(topUp % 100_000).toBe(0);
        expect(s.balance + topUp).toBeGreaterThanOrEqual(needed);
        if (topUp > 0) expect(s.balance + topUp - 100_000).toBeLessThan(needed);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
