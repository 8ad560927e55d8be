import { DEFAULT_SETTINGS } from "./limits";
import { clampBalance, clampCount, clampSide, clampSteps, normalizeSettings } from "./settings";
import { hundredths } from "./units";

describe("bringing settings into range", () => {
  it("rounds steps to whole numbers and clamps them to 10–150", () => {
    expect([clampSteps(9), clampSteps(10.5), clampSteps(74.4), clampSteps(151)]).toEqual([
      10, 11, 74, 150,
    ]);
  });

  it("snaps sides to the nearest multiple of 64 within 512–1024", () => {
    expect([clampSide(0), clampSide(600), clampSide(608), clampSide(1100)]).toEqual([
      512, 576, 640, 1024,
    ]);
  });

  it("clamps the image count to 1–10", () => {
    expect([clampCount(-2), clampCount(3.5), clampCount(11)]).toEqual([1, 4, 10]);
  });

  it("gives the defaults for values that are not finite", () => {
    expect(clampSteps(Number.NaN)).toBe(50);
    expect(clampSide(Number.POSITIVE_INFINITY)).toBe(512);
    expect(clampCount(Number.NEGATIVE_INFINITY)).toBe(1);
    expect(clampBalance(Number.NaN)).toBe(20_000);
  });

  it("rounds a balance down to the hundredth and clamps it to 0–10,000,000", () => {
    expect([clampBalance(0.29), clampBalance(-1), clampBalance(2e7)]).toEqual([
      29, 0, 1_000_000_000,
    ]);
  });

  it("brings a whole settings object into range", () => {
    expect(
      normalizeSettings({ steps: 0, width: 2000, height: 700, count: 0, balance: hundredths(-5) }),
    ).toEqual({ steps: 10, width: 1024, height: 704, count: 1, balance: 0 });
    expect(normalizeSettings(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });
});
