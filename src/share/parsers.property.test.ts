import fc from "fast-check";
import { readBalance } from "../explorer/BalancePanel";
import { readResizeHeight } from "../embed/protocol";
import { balanceFromDecimal, LIMITS, parsePlainNumber } from "../pricing";
import { parseOrigin, parseParam, STATE_PARAMS } from "./params";

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

  it("balanceFromDecimal gives a whole number of hundredths in range, or null", () => {
    fc.assert(fc.property(text, (t) => {
      const value = balanceFromDecimal(t);
      if (value !== null) {
        expect(Number.isSafeInteger(value)).toBe(true);
        expect(value >= 0 && value <= LIMITS.balance.max).toBe(true);
      }
    }));
  });

  it("balanceFromDecimal never rounds a balance up", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }), (h, extra) => {
      const textual = `${Math.floor(h / 100)}.${String(h % 100).padStart(2, "0")}${String(extra).padStart(2, "0")}`;
      expect(balanceFromDecimal(textual)).toBe(h);
    }));
  });

  it("readBalance accepts into range or refuses with a message", () => {
    fc.assert(fc.property(text, (t) => {
      const reading = readBalance(t);
      if (reading.ok) {
        expect(reading.value >= 0 && reading.value <= LIMITS.balance.max).toBe(true);
      } else {
        expect(reading.error.length).toBeGreaterThan(10);
      }
    }));
  });

  it("parseParam gives an in-range value for every parameter", () => {
    fc.assert(fc.property(fc.constantFrom(...STATE_PARAMS), text, (key, t) => {
      const value = parseParam(key, t);
      expect(value).toBe(parseParam(key, t));
      expect(value).not.toBeUndefined();
    }));
  });

  it("parseOrigin gives an http(s) origin or null", () => {
    fc.assert(fc.property(fc.oneof(text, fc.webUrl(), fc.webUrl().map((u) => new URL(u).origin)), (t) => {
      const origin = parseOrigin(t);
      if (origin !== null) expect(origin).toMatch(/^https?:\/\/[^/]+$/);
    }));
  });

  it("readResizeHeight reads only well-formed messages", () => {
    fc.assert(fc.property(fc.anything(), fc.integer({ min: 0, max: 100_000 }), (junk, height) => {
      expect(readResizeHeight({ pricingExplorer: { v: 1, type: "resize", height } })).toBe(height);
      const value = readResizeHeight(junk);
      expect(value === null || Number.isInteger(value)).toBe(true);
    }));
  });
});
