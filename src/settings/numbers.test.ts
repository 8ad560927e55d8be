import fc from "fast-check";
import { clampToRange, hundredthsFromDecimal, parsePlainNumber } from "./numbers";

describe("reading a plain decimal", () => {
  it.each([
    ["75", 75],
    ["-3", -3],
    ["1.5", 1.5],
    ["1e3", 1000],
    ["+2", 2],
    ["0.5e-1", 0.05],
  ])("reads %s as %d", (text, value) => {
    expect(parsePlainNumber(text)).toBe(value);
  });

  it("keeps the sign of -0", () => {
    expect(Object.is(parsePlainNumber("-0"), -0)).toBe(true);
  });

  it.each(["", " ", " 75", "75 ", "abc", "0x20", "512px", "1,000", "1e309", "-1e309",
    "Infinity", "NaN", "١٢٣", "１２", "1e", "e3", ".", "--1", "1_000"])(
    "refuses %j",
    (text) => {
      expect(parsePlainNumber(text)).toBeNull();
    },
  );
});

describe("a decimal as whole hundredths, rounded down, between 0 and 1,000,000,000", () => {
  const read = (text: string) => hundredthsFromDecimal(text, 0, 1_000_000_000);

  it.each([
    ["200", 20_000],
    ["0.29", 29],
    ["12.345", 1234],
    ["12.349999", 1234],
    ["1e3", 100_000],
    ["1.5e-3", 0],
    ["0.01", 1],
    ["0.009", 0],
    ["-5", 0],
    ["-0", 0],
    ["10000000", 1_000_000_000],
    ["99999999", 1_000_000_000],
    ["1e300", 1_000_000_000],
    ["9999999.999", 999_999_999],
    ["0.000000000000000000001e22", 1_000],
  ])("reads %s as %d hundredths", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it("gives null for text that is not a plain number, or overflows", () => {
    expect(read("-1e309")).toBeNull();
    expect(read("1,000")).toBeNull();
  });
});

describe("bringing a number into a range", () => {
  it("rounds to the nearest whole step and clamps to the ends", () => {
    const steps = { min: 10, max: 150, step: 1 };
    expect([9, 10.5, 74.4, 151, -0].map((n) => clampToRange(n, steps))).toEqual([10, 11, 74, 150, 10]);
  });

  it("snaps a side to the nearest multiple of 64 within 512–1024", () => {
    const side = { min: 512, max: 1024, step: 64 };
    expect([0, 600, 608, 1100, 767].map((n) => clampToRange(n, side))).toEqual([512, 576, 640, 1024, 768]);
  });
});

describe("laws of bringing numbers into range", () => {
  const range = fc
    .record({ min: fc.integer({ min: 0, max: 20 }), span: fc.integer({ min: 0, max: 20 }), step: fc.integer({ min: 1, max: 64 }) })
    .map(({ min, span, step }) => ({ min: min * step, max: (min + span) * step, step }));

  it("any finite number lands on a step within the range, and a value in range stays put", () => {
    fc.assert(fc.property(range, fc.double({ noNaN: true, noDefaultInfinity: true }), (r, value) => {
      const kept = clampToRange(value, r);
      expect(kept >= r.min && kept <= r.max && kept % r.step === 0).toBe(true);
      expect(clampToRange(kept, r)).toBe(kept);
    }));
  });
});
