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
    expect(grid.columns).toHaveLength(6);
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

  // 1,000 credits over 0.2, 0.48, 0.76, 0.92, 1.32 and 1.88 credits, rounded down.
  it("counts the images the balance buys at every cell", () => {
    const grid = priceGrid(table, { ...DEFAULT_SETTINGS, balance: hundredths(100_000) });
    expect(grid.cells[0]?.map((c) => c.images)).toEqual([5000, 2083, 1315, 1086, 757, 531]);
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
