import fc from "fast-check";
import { readResizeHeight } from "../embed/protocol";
import { readBalanceText } from "../explorer/BalancePanel";
import { hundredthsFromDecimal, parsePlainNumber } from "./numbers";

// Arbitrary text of every kind: ASCII, any Unicode, numbers as text, and lookalikes.
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.constantFrom("1e309", "-1e309", "0x1F", "١٢", "１２", "1,5", "1_0", " 1", "1 ", "+.5e-3", "-0"),
);

describe("every parser, fed arbitrary text", () => {
  it("parsePlainNumber gives a finite number or null, and never throws", () => {
    fc.assert(fc.property(text, (t) => {
      const value = parsePlainNumber(t);
      expect(value === null || Number.isFinite(value)).toBe(true);
    }));
  });

  it("hundredthsFromDecimal gives a whole number of hundredths in range, or null", () => {
    fc.assert(fc.property(text, (t) => {
      const value = hundredthsFromDecimal(t, 0, 1_000_000_000);
      if (value !== null) {
        expect(Number.isSafeInteger(value)).toBe(true);
        expect(value >= 0 && value <= 1_000_000_000).toBe(true);
      }
    }));
  });

  it("hundredthsFromDecimal never rounds up: 12.3456 is 1234 hundredths", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }), (h, extra) => {
      const textual = `${Math.floor(h / 100)}.${String(h % 100).padStart(2, "0")}${String(extra).padStart(2, "0")}`;
      expect(hundredthsFromDecimal(textual, 0, 1_000_000_000)).toBe(h);
    }));
  });

  it("a typed balance is accepted within 0–10,000,000 credits or refused with a message", () => {
    fc.assert(fc.property(text, (t) => {
      const reading = readBalanceText(t);
      if (reading.ok) {
        expect(reading.value >= 0 && reading.value <= 1_000_000_000).toBe(true);
        expect(reading.value).toBe(hundredthsFromDecimal(t, 0, 1_000_000_000));
      } else {
        expect(reading.error).toMatch(/^(Type a balance|Use digits|That number is too large)/);
        expect(parsePlainNumber(t)).toBeNull();
      }
    }));
  });

  it("readResizeHeight reads a message exactly when it is well formed", () => {
    const message = fc.record({
      v: fc.oneof(fc.constant(1), fc.anything()),
      type: fc.oneof(fc.constant("resize"), fc.anything()),
      height: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer(), fc.double(), fc.anything()),
    });
    fc.assert(fc.property(message, (m) => {
      const height = m.height as number;
      const wellFormed = m.v === 1 && m.type === "resize" && Number.isInteger(height) && height >= 0 && height <= 100_000;
      expect(readResizeHeight({ pricingExplorer: m })).toBe(wellFormed ? height : null);
    }));
  });
});
