import fc from "fast-check";
import { imagesForBalance } from "./balance";
import { LIMITS, type Settings } from "./limits";
import { creditsPerImage, totalCredits } from "./quote";
import { DREAMSTUDIO_2022 as table } from "./schedule";
import { normalizeSettings } from "./settings";
import { hundredths } from "./units";

const steps = fc.integer({ min: LIMITS.steps.min, max: LIMITS.steps.max });
const side = fc.integer({ min: 8, max: 16 }).map((n) => n * 64);
const count = fc.integer({ min: LIMITS.count.min, max: LIMITS.count.max });
const balance = fc.integer({ min: 0, max: LIMITS.balance.max }).map(hundredths);
const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e309, Number.MAX_VALUE),
);

describe("laws of the pricing engine", () => {
  it("cost never falls when steps grow", () => {
    fc.assert(
      fc.property(steps, steps, side, side, (a, b, width, height) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        return (
          creditsPerImage(table, { steps: low, width, height }) <=
          creditsPerImage(table, { steps: high, width, height })
        );
      }),
    );
  });

  it("cost never falls when pixels grow", () => {
    fc.assert(
      fc.property(steps, side, side, side, side, (s, w1, h1, w2, h2) => {
        const [small, large] = w1 * h1 <= w2 * h2 ? [[w1, h1], [w2, h2]] : [[w2, h2], [w1, h1]];
        return (
          creditsPerImage(table, { steps: s, width: small[0]!, height: small[1]! }) <=
          creditsPerImage(table, { steps: s, width: large[0]!, height: large[1]! })
        );
      }),
    );
  });

  it("width and height are interchangeable", () => {
    fc.assert(
      fc.property(steps, side, side, (s, width, height) => {
        expect(creditsPerImage(table, { steps: s, width, height })).toBe(
          creditsPerImage(table, { steps: s, width: height, height: width }),
        );
      }),
    );
  });

  it("the images a balance buys fit it, and one more image would not", () => {
    fc.assert(
      fc.property(balance, steps, side, side, count, (b, s, width, height, n) => {
        const perImage = creditsPerImage(table, { steps: s, width, height });
        const { images, leftover, generations } = imagesForBalance(b, perImage, n);
        expect(images * perImage).toBeLessThanOrEqual(b);
        expect((images + 1) * perImage).toBeGreaterThan(b);
        expect(images * perImage + leftover).toBe(b);
        expect(generations * n).toBeLessThanOrEqual(images);
        expect((generations + 1) * n).toBeGreaterThan(images);
      }),
    );
  });

  it("the total is the price per image times the count, in whole hundredths", () => {
    fc.assert(
      fc.property(steps, side, side, count, (s, width, height, n) => {
        const perImage = creditsPerImage(table, { steps: s, width, height });
        const total = totalCredits(perImage, n);
        expect(Number.isSafeInteger(total)).toBe(true);
        expect(total).toBe(perImage * n);
      }),
    );
  });

  it("bringing settings into range always lands in range and is idempotent", () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, anyNumber, anyNumber, (a, b, c, d, e) => {
        const once = normalizeSettings({
          steps: a,
          width: b,
          height: c,
          count: d,
          balance: e as Settings["balance"],
        });
        expect(Number.isInteger(once.steps) && once.steps >= 10 && once.steps <= 150).toBe(true);
        for (const s of [once.width, once.height]) {
          expect(s % 64 === 0 && s >= 512 && s <= 1024).toBe(true);
        }
        expect(Number.isInteger(once.count) && once.count >= 1 && once.count <= 10).toBe(true);
        expect(Number.isSafeInteger(once.balance)).toBe(true);
        expect(once.balance >= 0 && once.balance <= LIMITS.balance.max).toBe(true);
        expect(normalizeSettings(once)).toEqual(once);
      }),
    );
  });
});
