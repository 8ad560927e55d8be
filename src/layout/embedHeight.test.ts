import { DECEMBER_2022, SDXL_1 } from "../pricing/schedulesAfter2022";
import { DEFAULT_STATE } from "../settings/settings";
import { embedHeight, tableShape } from "./embedHeight";
import { reservedHeight } from "./reservedHeight";

describe("the table's shape, which sets an embed's height", () => {
  it("names the schedule, and the row and column the table adds for settings it does not print", () => {
    expect(tableShape(DEFAULT_STATE)).toBe("2022");
    expect(tableShape({ ...DEFAULT_STATE, steps: 30 })).toBe("2022+row");
    // 768 × 512 is printed, as 512 × 768; 640 × 1024 is not.
    expect(tableShape({ ...DEFAULT_STATE, width: 768, height: 512 })).toBe("2022");
    expect(tableShape({ ...DEFAULT_STATE, steps: 30, width: 640, height: 1024 })).toBe("2022+row+column");
    expect(tableShape({ ...DEFAULT_STATE, schedule: DECEMBER_2022, width: 640, height: 1024 })).toBe("2022-12+column");
    // SDXL 1.0's price ignores the size: its table never adds a column.
    expect(tableShape({ ...DEFAULT_STATE, schedule: SDXL_1, steps: 37, width: 640, height: 1024 })).toBe("sdxl+row");
  });
});

describe("an embed's height for its settings", () => {
  it("is the default settings' for the default settings, at both frame widths", () => {
    for (const width of [360, 640]) expect(embedHeight(width, DEFAULT_STATE)).toBe(reservedHeight(width, ""));
  });

  it("grows by the row the table adds, in a docs column and on a phone (measured: 33 and 31 px, and the Cost card's note 20)", () => {
    const taller = { ...DEFAULT_STATE, steps: 30 };
    expect(embedHeight(640, taller) - embedHeight(640, DEFAULT_STATE)).toBe(53);
    expect(embedHeight(360, taller) - embedHeight(360, DEFAULT_STATE)).toBe(31);
  });

  it("counts only the parts shown: the table's row, not the Cost card's line beside taller settings", () => {
    const rise = (parts: string) => embedHeight(640, { ...DEFAULT_STATE, steps: 30, parts }) - embedHeight(640, { ...DEFAULT_STATE, parts });
    expect(rise("table")).toBe(33);
    expect(rise("cost")).toBe(0);
  });
});
