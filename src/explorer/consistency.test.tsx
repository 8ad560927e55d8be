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
  balance: fc.oneof(
    fc.integer({ min: 0, max: 1_000_000_000 }),
    fc.integer({ min: 0, max: 100_000 }),
  ).map(hundredths),
});

describe("every figure on the page agrees with every other", () => {
  it("per image × count = total; dollars = credits / 100; images fit the balance, with the leftover", async () => {
    await fc.assert(
      fc.asyncProperty(settings, async (s) => {
        await renderExplorer(s);
        const text = (name: string) => screen.getByRole("status", { name }).textContent ?? "";
        const perImage = shownHundredths(text("Credits per image"));
        const total = shownHundredths(text("Total credits"));
        const price = shownHundredths(text("Total price"), true);
        const images = Number(text("Images your balance buys").replace(/,/g, ""));
        const detail = screen.getByText(/credits left over/).textContent ?? "";
        const leftover = shownHundredths(/with ([\d,.]+) credits left over/.exec(detail)?.[1] ?? "");
        cleanup();

        expect(total).toBe(perImage * s.count);
        expect(price).toBe(total);
        expect(images * perImage).toBeLessThanOrEqual(s.balance);
        expect((images + 1) * perImage).toBeGreaterThan(s.balance);
        expect(images * perImage + leftover).toBe(s.balance);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
