import { reservedHeight } from "./reservedHeight";

describe("the height embed.js reserves for its iframe", () => {
  it("follows the explorer's measured heights, one column below 768 px and two from it", () => {
    expect([300, 320, 360, 767, 768, 834, 900, 1152, 2000].map(reservedHeight)).toEqual([
      2475, 2475, 2378, 1962, 1510, 1492, 1474, 1380, 1380,
    ]);
  });
});
