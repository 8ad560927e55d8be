import { reservedHeight } from "./reservedHeight";

describe("the height embed.js reserves for its iframe", () => {
  it("follows the explorer's measured heights, one column below 768 px and two from it", () => {
    expect([300, 320, 360, 767, 768, 834, 900, 1152, 2000].map(reservedHeight)).toEqual([
      2620, 2620, 2540, 2200, 1780, 1750, 1720, 1680, 1680,
    ]);
  });
});
