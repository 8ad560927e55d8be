import { contrastRatio, HEAT_STEPS, heatStep } from "./heatmapScale";

describe("the heatmap colour scale", () => {
  it.each(HEAT_STEPS)("text on $background has at least 4.5:1 contrast", ({ background, text }) => {
    expect(contrastRatio(background, text)).toBeGreaterThanOrEqual(4.5);
  });

  it("picks, on every step, the text colour with the higher contrast", () => {
    for (const { background, text } of HEAT_STEPS) {
      const other = text === "#ffffff" ? "#000000" : "#ffffff";
      expect(contrastRatio(background, text)).toBeGreaterThan(contrastRatio(background, other));
    }
  });

  it("maps the cheapest cell to the darkest step and the dearest to the lightest", () => {
    expect(heatStep(20, 20, 2820).background).toBe("#440154");
    expect(heatStep(2820, 20, 2820).background).toBe("#fde725");
    // 1 credit is a third of the way from 0.2 to 28.2 on a log scale: the third step of eight.
    expect(heatStep(100, 20, 2820).background).toBe("#365c8d");
  });

  it("computes contrast as WCAG does: black on white is 21:1", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 10);
  });
});
