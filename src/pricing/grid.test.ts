import { priceGrid } from "./grid";
import { DREAMSTUDIO_2022 as table } from "./schedule2022";
import type { PriceInput } from "./input";
import { hundredths } from "./units";

/** DreamStudio's defaults and a new account's 200 credits. */
const DEFAULT_SETTINGS: PriceInput = { steps: 50, width: 512, height: 512, count: 1, balance: hundredths(20_000), wanted: 100 };

const currentCells = (grid: ReturnType<typeof priceGrid>) =>
  grid.cells.flat().filter((cell) => cell.current);

describe("the price grid around the current settings", () => {
  it("is the published 6 × 6 table with one current cell at the defaults", () => {
    const grid = priceGrid(table, DEFAULT_SETTINGS);
    expect(grid.rows.map((r) => r.steps)).toEqual([10, 25, 50, 75, 100, 150]);
    expect(grid.columns.map((c) => `${c.width} × ${c.height}`)).toEqual([
      "512 × 512", "512 × 768", "512 × 1024", "768 × 768", "768 × 1024", "1024 × 1024",
    ]);
    // The published table (reference/pricing-facts.md), cell for cell.
    expect(grid.cells.map((row) => row.map((c) => c.printed))).toEqual([
      ["0.2", "0.5", "0.8", "0.9", "1.3", "1.9"],
      ["0.5", "1.2", "1.9", "2.3", "3.3", "4.7"],
      ["1.0", "2.4", "3.8", "4.6", "6.6", "9.4"],
      ["1.5", "3.6", "5.7", "6.9", "9.9", "14.1"],
      ["2.0", "4.8", "7.6", "9.2", "13.2", "18.8"],
      ["3.0", "7.2", "11.4", "13.8", "19.8", "28.2"],
    ]);
    expect(currentCells(grid)).toEqual([
      { steps: 50, width: 512, height: 512, printed: "1.0", perImage: 100, images: 200, affordable: true, current: true },
    ]);
  });

  it("marks the published column of a transposed size", () => {
    const grid = priceGrid(table, { ...DEFAULT_SETTINGS, steps: 10, width: 768, height: 512 });
    expect(grid.columns).toHaveLength(6);
    expect(currentCells(grid)).toMatchObject([{ width: 512, height: 768, printed: "0.5", perImage: 48 }]);
  });

  it("adds a row and a column, in order, for settings between published cells", () => {
    const grid = priceGrid(table, { ...DEFAULT_SETTINGS, steps: 30, width: 640, height: 1024 });
    expect(grid.rows).toEqual([
      { steps: 10, added: false },
      { steps: 25, added: false },
      { steps: 30, added: true },
      { steps: 50, added: false },
      { steps: 75, added: false },
      { steps: 100, added: false },
      { steps: 150, added: false },
    ]);
    expect(grid.columns.map((c) => `${c.width}×${c.height}${c.added ? "?" : ""}`)).toEqual([
      "512×512", "512×768", "512×1024", "768×768", "640×1024?", "768×1024", "1024×1024",
    ]);
    // 5.2667 credits at 50 steps, so 3.16 at 30 steps.
    expect(currentCells(grid)).toEqual([
      { steps: 30, width: 640, height: 1024, printed: null, perImage: 316, images: 63, affordable: false, current: true },
    ]);
  });

  // 1,000 credits over each cell's exact price (base50 × steps / 50: 0.2, 0.48, 0.76, 0.92, 1.32,
  // 1.88 at 10 steps, and so on), rounded down.
  it("counts the images the balance buys at every cell", () => {
    const grid = priceGrid(table, { ...DEFAULT_SETTINGS, balance: hundredths(100_000) });
    expect(grid.cells.map((row) => row.map((c) => c.images))).toEqual([
      [5000, 2083, 1315, 1086, 757, 531],
      [2000, 833, 526, 434, 303, 212],
      [1000, 416, 263, 217, 151, 106],
      [666, 277, 175, 144, 101, 70],
      [500, 208, 131, 108, 75, 53],
      [333, 138, 87, 72, 50, 35],
    ]);
  });

  // 200 credits for 100 images: the cells at 2.00 credits or less, 100 steps at 512 × 512 (2.0) included.
  it("marks the cells where the balance buys the images wanted", () => {
    const grid = priceGrid(table, DEFAULT_SETTINGS);
    expect(grid.cells.map((row) => row.map((c) => (c.affordable ? "y" : ".")).join(""))).toEqual([
      "yyyyyy", "yyy...", "y.....", "y.....", "y.....", "......",
    ]);
    const exact = priceGrid(table, { ...DEFAULT_SETTINGS, balance: hundredths(4_800), wanted: 100, steps: 10 });
    expect(exact.cells[0]?.map((c) => c.affordable)).toEqual([true, true, false, false, false, false]);
  });
});
