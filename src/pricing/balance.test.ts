import { imagesAcrossTable, imagesForBalance } from "./balance";
import fc from "fast-check";
import { creditsPerImage } from "./quote";
import { SCHEDULES } from "./schedulesAfter2022";
import { DREAMSTUDIO_2022 } from "./schedule2022";
import { hundredths } from "./units";

describe("images a balance buys", () => {
  it("0.6 credits at 0.2 per image buy 3 images, not 2", () => {
    // 0.6 / 0.2 is 2.9999999999999996 in floating point.
    expect(imagesForBalance(hundredths(60), hundredths(20), 1)).toEqual({
      images: 3,
      generations: 3,
      leftover: 0,
    });
  });

  it("200 credits at 0.48 per image buy 416 images with 0.32 left, 208 generations of 2", () => {
    expect(imagesForBalance(hundredths(20_000), hundredths(48), 2)).toEqual({
      images: 416,
      generations: 208,
      leftover: 32,
    });
  });

  it("a balance below one image buys none and keeps everything", () => {
    expect(imagesForBalance(hundredths(187), hundredths(188), 4)).toEqual({
      images: 0,
      generations: 0,
      leftover: 187,
    });
  });

  it("10,000,000 credits at the cheapest cell buy 50,000,000 images exactly", () => {
    expect(imagesForBalance(hundredths(1_000_000_000), hundredths(20), 1)).toEqual({
      images: 50_000_000,
      generations: 50_000_000,
      leftover: 0,
    });
  });
});

describe("images across the published table", () => {
  it("200 credits buy between 1,000 and 7 images, not the 10 the source says", () => {
    expect(imagesAcrossTable(DREAMSTUDIO_2022, hundredths(20_000))).toEqual({
      most: 1000,
      fewest: 7,
    });
  });

  it("1,000 credits ($10) buy between 5,000 and 35 images", () => {
    expect(imagesAcrossTable(DREAMSTUDIO_2022, hundredths(100_000))).toEqual({
      most: 5000,
      fewest: 35,
    });
  });
});

describe("laws of a balance", () => {
  it("in every schedule, the images a balance buys fit it, and one more image would not", () => {
    const schedule = fc.constantFrom(...SCHEDULES);
    const balance = fc.integer({ min: 0, max: 1_000_000_000 }).map(hundredths);
    const steps = fc.integer({ min: 10, max: 150 });
    const side = fc.integer({ min: 8, max: 24 }).map((n) => n * 64);
    const count = fc.integer({ min: 1, max: 10 });
    fc.assert(
      fc.property(schedule, balance, steps, side, side, count, (s, b, st, width, height, n) => {
        const perImage = creditsPerImage(s, { steps: st, width, height });
        const { images, leftover, generations } = imagesForBalance(b, perImage, n);
        expect(images * perImage).toBeLessThanOrEqual(b);
        expect((images + 1) * perImage).toBeGreaterThan(b);
        expect(images * perImage + leftover).toBe(b);
        expect(generations * n).toBeLessThanOrEqual(images);
        expect((generations + 1) * n).toBeGreaterThan(images);
      }),
    );
  });
});
