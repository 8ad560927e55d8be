import { creditsPerImage, exactCreditsPerImage, isOffered, publishedCell, publishedColumnIndex, quoteCost } from "./quote";
import { rational } from "./rational";
import { DECEMBER_2022, SDXL_1, SDXL_BETA } from "./schedulesAfter2022";
import { DREAMSTUDIO_2022 as table } from "./schedule2022";
import { hundredths } from "./units";

const settings = (patch = {}) => ({ steps: 50, width: 512, height: 512, count: 1, balance: hundredths(20_000), wanted: 100, ...patch });

describe("credits per image in the 2022 table", () => {
  it("the default, 512 × 512 at 50 steps, costs exactly 1 credit", () => {
    expect(creditsPerImage(table, { steps: 50, width: 512, height: 512 })).toBe(100);
  });

  it("1024 × 1024 at 10 steps costs 1.88 credits, printed 1.9", () => {
    const point = { steps: 10, width: 1024, height: 1024 };
    expect(creditsPerImage(table, point)).toBe(188);
    expect(publishedCell(table, point)).toBe("1.9");
  });

  it("768 × 512 costs what 512 × 768 costs and counts as that published column", () => {
    expect(creditsPerImage(table, { steps: 75, width: 768, height: 512 })).toBe(360);
    expect(publishedColumnIndex(table, { width: 768, height: 512 })).toBe(1);
    expect(publishedCell(table, { steps: 75, width: 768, height: 512 })).toBe("3.6");
  });

  it("576 × 512 at 50 steps is interpolated to 1.35 credits and is not a published cell", () => {
    // 294,912 pixels is a quarter of the way from 262,144 (1.0) to 393,216 (2.4).
    expect(exactCreditsPerImage(table, { steps: 50, width: 576, height: 512 })).toEqual(rational(27, 20));
    expect(publishedCell(table, { steps: 50, width: 576, height: 512 })).toBeNull();
  });

  it("512 × 768 at 11 steps is an estimate of 0.528, shown as 0.53", () => {
    const point = { steps: 11, width: 512, height: 768 };
    expect(exactCreditsPerImage(table, point)).toEqual(rational(66, 125));
    expect(creditsPerImage(table, point)).toBe(53);
  });

  it("640 × 1024 lies a third of the way from 768 × 768 to 768 × 1024: 79/15 = 5.27 credits at 50 steps", () => {
    expect(exactCreditsPerImage(table, { steps: 50, width: 640, height: 1024 })).toEqual(rational(79, 15));
    expect(creditsPerImage(table, { steps: 50, width: 640, height: 1024 })).toBe(527);
  });
});

describe("where a price comes from", () => {
  it("a printed cell, an estimate between cells, or the source's formula", () => {
    expect(quoteCost(table, settings({ steps: 10, height: 768, count: 2 }))).toEqual({ perImage: 48, total: 96, published: "0.5", basis: "published" });
    expect(quoteCost(table, settings({ steps: 30 }))).toMatchObject({ perImage: 60, published: null, basis: "estimate" });
    expect(quoteCost(DECEMBER_2022, settings({ steps: 30 }))).toMatchObject({ perImage: 20, published: "0.2", basis: "published" });
    expect(quoteCost(DECEMBER_2022, settings({ steps: 40 }))).toMatchObject({ perImage: 27, published: null, basis: "formula" });
    expect(quoteCost(SDXL_1, settings({ steps: 40, width: 640, height: 1536 }))).toMatchObject({ perImage: 180, published: "1.8", basis: "published" });
  });

  it("SDXL beta prints 640 × 512 and 512 × 640 as columns of their own", () => {
    expect(publishedColumnIndex(SDXL_BETA, { width: 640, height: 512 })).toBe(1);
    expect(publishedColumnIndex(SDXL_BETA, { width: 512, height: 640 })).toBe(4);
    expect(publishedColumnIndex(SDXL_BETA, { width: 640, height: 640 })).toBe(-1);
  });
});

describe("what each schedule offered", () => {
  it("2022 and December 2022: sides 512 to 1024; SDXL beta up to 896; SDXL 1.0 from 640 to 1536", () => {
    const at = (width: number, height: number) =>
      [table, DECEMBER_2022, SDXL_BETA, SDXL_1].map((s) => isOffered(s, { steps: 50, width, height }));
    expect(at(512, 512)).toEqual([true, true, true, false]);
    expect(at(1024, 1024)).toEqual([true, true, false, true]);
    expect(at(896, 512)).toEqual([true, true, true, false]);
    expect(at(1536, 640)).toEqual([false, false, false, true]);
    // The ends themselves: SDXL 1.0 from 640, SDXL beta to 896 and not a step beyond.
    expect(at(640, 640)).toEqual([true, true, true, true]);
    expect(at(960, 512)).toEqual([true, true, false, false]);
    expect(at(1088, 640)).toEqual([false, false, false, true]);
  });

  it("steps from 10 to 150 in every schedule, whole numbers only; sides in multiples of 64", () => {
    for (const schedule of [table, DECEMBER_2022, SDXL_BETA, SDXL_1]) {
      const at = (steps: number) => isOffered(schedule, { ...schedule.defaults, steps });
      expect([9, 10, 10.5, 75.5, 150, 151].map(at), schedule.name).toEqual([false, true, false, false, true, false]);
    }
    expect(isOffered(table, { steps: 50, width: 520, height: 512 })).toBe(false);
  });
});
