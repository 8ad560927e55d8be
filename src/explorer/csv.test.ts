import { SDXL_1, SDXL_BETA } from "../pricing/schedulesAfter2022";
import { DREAMSTUDIO_2022 } from "../pricing/schedule2022";
import { hundredths } from "../pricing/units";
import { DEFAULT_STATE } from "../settings/settings";
import { priceGrid } from "../pricing/grid";
import { heatmapCsv } from "./csv";

const grid = (patch = {}) => priceGrid(DREAMSTUDIO_2022, { ...DEFAULT_STATE, ...patch });

describe("the heatmap as CSV", () => {
  it("writes the published credits exactly as the table prints them", () => {
    const csv = heatmapCsv(grid(), "credits", DEFAULT_STATE.balance, DREAMSTUDIO_2022);
    expect(csv.split("\r\n")).toEqual([
      "Steps \\ credits per image,512 × 512,512 × 768,512 × 1024,768 × 768,768 × 1024,1024 × 1024",
      "10,0.2,0.5,0.8,0.9,1.3,1.9",
      "25,0.5,1.2,1.9,2.3,3.3,4.7",
      "50,1.0,2.4,3.8,4.6,6.6,9.4",
      "75,1.5,3.6,5.7,6.9,9.9,14.1",
      "100,2.0,4.8,7.6,9.2,13.2,18.8",
      "150,3.0,7.2,11.4,13.8,19.8,28.2",
      "",
    ]);
  });

  it("writes images for the balance, in whole numbers without separators", () => {
    const csv = heatmapCsv(grid({ balance: hundredths(100_000) }), "images", hundredths(100_000), DREAMSTUDIO_2022);
    const lines = csv.split("\r\n");
    expect(lines[0]).toMatch(/^Steps \\ images 1000 credits buy,/);
    expect(lines[1]).toBe("10,5000,2083,1315,1086,757,531");
  });

  it("writes dollars per image with four decimals", () => {
    const lines = heatmapCsv(grid(), "usd", DEFAULT_STATE.balance, DREAMSTUDIO_2022).split("\r\n");
    expect(lines[0]).toMatch(/^Steps \\ US dollars per image,/);
    expect(lines[1]).toBe("10,0.0020,0.0048,0.0076,0.0092,0.0132,0.0188");
  });

  it("includes and labels the estimate row and column of off-grid settings", () => {
    const lines = heatmapCsv(grid({ steps: 30, width: 640, height: 1024 }), "credits", DEFAULT_STATE.balance, DREAMSTUDIO_2022)
      .split("\r\n");
    expect(lines[0]).toContain(",768 × 768,640 × 1024 (estimate),768 × 1024,");
    expect(lines[3]).toBe("30 (estimate),0.60,1.44,2.28,2.76,3.16,3.96,5.64");
  });

  it("keeps each figure as its source printed it: SDXL beta's 0.6 beside its 0.50", () => {
    const beta = priceGrid(SDXL_BETA, { ...DEFAULT_STATE, steps: 30 });
    const lines = heatmapCsv(beta, "credits", DEFAULT_STATE.balance, SDXL_BETA).split("\r\n");
    expect(lines[0]).toBe("Steps \\ credits per image,512 × 512,640 × 512,768 × 512,896 × 512,512 × 640,512 × 768,512 × 896");
    expect(lines[1]).toBe("15,0.25,0.43,0.6,0.78,0.43,0.6,0.78");
    expect(lines[2]).toBe("30,0.50,0.85,1.21,1.56,0.85,1.21,1.56");
  });

  it("writes SDXL 1.0's one column as any size, and a row its formula adds as computed", () => {
    const sdxl = priceGrid(SDXL_1, { ...DEFAULT_STATE, steps: 29, width: 1024, height: 1024 });
    expect(heatmapCsv(sdxl, "credits", DEFAULT_STATE.balance, SDXL_1).split("\r\n")).toEqual([
      "Steps \\ credits per image,Any size",
      "29 (computed),1.64",
      "30,1.6",
      "40,1.8",
      "50,2.0",
      "",
    ]);
  });
});
