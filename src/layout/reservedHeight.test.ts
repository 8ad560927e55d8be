import fc from "fast-check";
import { PARTS } from "../settings/parts";
import { reservedHeight, TWO_COLUMNS } from "./reservedHeight";

// How close these heights come to the built explorer is checked in a browser
// (e2e/embed-heights.spec.ts); here, that they behave as a layout does.
const someParts = fc.subarray([...PARTS], { minLength: 1 });
const width = fc.integer({ min: 280, max: 1600 });

describe("the height embed.js reserves for its iframe", () => {
  it("reads parts as the explorer does: unknown words ignored, none meaning the embed's default", () => {
    const byDefault = reservedHeight(700, null);
    expect(reservedHeight(700, "")).toBe(byDefault);
    expect(reservedHeight(700, "nonsense")).toBe(byDefault);
    expect(reservedHeight(700, "table,cost,balance")).toBe(byDefault);
    expect(reservedHeight(700, "cost,balance,table")).toBe(byDefault);
  });

  it("grows with every part added, at any width", () => {
    fc.assert(
      fc.property(width, someParts, fc.constantFrom(...PARTS), (w, parts, extra) => {
        fc.pre(!parts.includes(extra));
        const more = [...parts, extra].join(",");
        expect(reservedHeight(w, more)).toBeGreaterThan(reservedHeight(w, parts.join(",")));
      }),
    );
  });

  it("is never taller in two columns than in one, and shorter whenever a part other than the balance is shown", () => {
    fc.assert(
      fc.property(someParts, (parts) => {
        const text = parts.join(",");
        const [wide, narrow] = [reservedHeight(TWO_COLUMNS, text), reservedHeight(TWO_COLUMNS - 1, text)];
        // The balance card alone (with the link under it) is laid out the same in both.
        if (parts.every((part) => part === "balance")) expect(wide).toBe(narrow);
        else expect(wide).toBeLessThan(narrow);
      }),
    );
  });
});
