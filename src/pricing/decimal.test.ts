import { balanceFromCredits, balanceFromDecimal, parsePlainNumber } from "./decimal";

describe("parsePlainNumber", () => {
  it.each([
    ["75", 75],
    ["-3", -3],
    ["1.5", 1.5],
    ["1e3", 1000],
    ["+2", 2],
    ["-0", -0],
    ["0.5e-1", 0.05],
  ])("reads %s as %d", (text, value) => {
    expect(parsePlainNumber(text)).toBe(value);
  });

  it.each(["", " ", " 75", "75 ", "abc", "0x20", "512px", "1,000", "1e309", "-1e309",
    "Infinity", "NaN", "١٢٣", "１２", "1e", "e3", ".", "--1", "1_000"])(
    "rejects %j",
    (text) => {
      expect(parsePlainNumber(text)).toBeNull();
    },
  );
});

describe("balanceFromDecimal", () => {
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
  ])("reads %s credits as %d hundredths", (text, expected) => {
    expect(balanceFromDecimal(text)).toBe(expected);
  });

  it("gives null for text that is not a plain number, or overflows", () => {
    expect(balanceFromDecimal("-1e309")).toBeNull();
    expect(balanceFromDecimal("1,000")).toBeNull();
  });

  it("rounds a number given as a number the same way", () => {
    expect(balanceFromCredits(0.29)).toBe(29);
    expect(balanceFromCredits(Number.NaN)).toBeNull();
    expect(balanceFromCredits(1e-7)).toBe(0);
  });
});
