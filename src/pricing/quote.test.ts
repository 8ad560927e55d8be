import { DREAMSTUDIO_2022 as table } from "./schedule";
import {
  creditsPerImage,
  exactCreditsPerImage,
  publishedColumn,
  publishedCredits,
} from "./quote";
import { roundHalfUpDiv } from "./units";

const cells = table.steps.flatMap((steps, row) =>
  table.sizes.map((size, column) => ({
    steps,
    ...size,
    printed: table.credits[row]?.[column] ?? Number.NaN,
  })),
);

describe("credits per image at the 36 published cells", () => {
  it.each(cells)(
    "$width × $height at $steps steps rounds half-up to the printed $printed",
    ({ printed, ...point }) => {
      const exact = exactCreditsPerImage(table, point);
      const tenths = roundHalfUpDiv(exact.numerator * 10, exact.denominator);
      expect(tenths).toBe(Math.round(printed * 10));
      expect(publishedCredits(table, point)).toBe(printed);
    },
  );

  it("covers all 36 cells", () => {
    expect(cells).toHaveLength(36);
  });
});

describe("credits per image", () => {
  it("512 × 768 at 10 steps costs 0.48 credits and the table prints 0.5", () => {
    const point = { steps: 10, width: 512, height: 768 };
    expect(creditsPerImage(table, point)).toBe(48);
    expect(publishedCredits(table, point)).toBe(0.5);
  });

  it("the default, 512 × 512 at 50 steps, costs exactly 1 credit", () => {
    expect(creditsPerImage(table, { steps: 50, width: 512, height: 512 })).toBe(100);
  });

  it("1024 × 1024 at 10 steps costs 1.88 credits, printed 1.9", () => {
    expect(creditsPerImage(table, { steps: 10, width: 1024, height: 1024 })).toBe(188);
  });

  it("768 × 512 costs what 512 × 768 costs and counts as that published column", () => {
    expect(creditsPerImage(table, { steps: 75, width: 768, height: 512 })).toBe(360);
    expect(publishedColumn(table, { width: 768, height: 512 })).toBe(1);
    expect(publishedCredits(table, { steps: 75, width: 768, height: 512 })).toBe(3.6);
  });

  it("576 × 512 at 50 steps is interpolated to 1.35 credits and is not a published cell", () => {
    // 294,912 pixels is a quarter of the way from 262,144 (1.0) to 393,216 (2.4).
    expect(creditsPerImage(table, { steps: 50, width: 576, height: 512 })).toBe(135);
    expect(publishedCredits(table, { steps: 50, width: 576, height: 512 })).toBeNull();
  });

  it("512 × 768 at 11 steps is an estimate of 0.528, shown as 0.53", () => {
    const point = { steps: 11, width: 512, height: 768 };
    expect(exactCreditsPerImage(table, point)).toEqual({ numerator: 66, denominator: 125 });
    expect(creditsPerImage(table, point)).toBe(53);
    expect(publishedCredits(table, point)).toBeNull();
  });

  it("640 × 1024 falls between 768 × 768 and 768 × 1024 and costs 5.27 at 50 steps", () => {
    // 655,360 pixels: a third of the way from 589,824 (4.6) to 786,432 (6.6).
    const exact = exactCreditsPerImage(table, { steps: 50, width: 640, height: 1024 });
    expect(exact.numerator / exact.denominator).toBeCloseTo(4.6 + 2 / 3, 12);
    expect(creditsPerImage(table, { steps: 50, width: 640, height: 1024 })).toBe(527);
  });
});
