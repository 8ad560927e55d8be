import { compareSchedules } from "./compare";
import { SCHEDULES } from "./schedulesAfter2022";
import { hundredths } from "./units";

const settings = (patch = {}) => ({ steps: 50, width: 512, height: 512, count: 1, balance: hundredths(20_000), wanted: 100, ...patch });

describe("the same settings under every schedule", () => {
  it("512 × 512 at 50 steps: 1.00, then 0.33 (−67 %), 0.83 (−17 %), and SDXL 1.0 did not offer 512 × 512", () => {
    expect(compareSchedules(SCHEDULES, settings()).map((q) => (q.offered ? [q.schedule.id, q.perImage, q.images, q.change] : [q.schedule.id, "not offered"]))).toEqual([
      ["2022", 100, 200, 0],
      ["2022-12", 33, 606, -67],
      ["sdxl-beta", 83, 240, -17],
      ["sdxl", "not offered"],
    ]);
  });

  it("1024 × 1024 at 30 steps for 3 images: SDXL beta did not offer it; SDXL 1.0 costs 1.60, 72 % less than 2022's 5.64", () => {
    const quotes = compareSchedules(SCHEDULES, settings({ steps: 30, width: 1024, height: 1024, count: 3 }));
    expect(quotes.map((q) => (q.offered ? [q.perImage, q.total, q.change] : "not offered"))).toEqual([
      [564, 1692, 0],
      [190, 570, -66],
      "not offered",
      [160, 480, -72],
    ]);
  });

  it("gives no change in per cent where the 2022 table did not offer the size", () => {
    const [first, , , sdxl] = compareSchedules(SCHEDULES, settings({ width: 1536, height: 640 }));
    expect(first?.offered).toBe(false);
    expect(sdxl).toMatchObject({ offered: true, perImage: 200, change: null });
  });
});
