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

  it("grows by the row the table adds, less the line the Cost card's note saves (measured: 33 − 20 and 31 − 20 px)", () => {
    const taller = { ...DEFAULT_STATE, steps: 30 };
    expect(embedHeight(640, taller) - embedHeight(640, DEFAULT_STATE)).toBe(13);
    expect(embedHeight(360, taller) - embedHeight(360, DEFAULT_STATE)).toBe(11);
  });

  it("counts only the parts shown: the table's row alone, the Cost card's shorter note alone", () => {
    const rise = (parts: string) => embedHeight(640, { ...DEFAULT_STATE, steps: 30, parts }) - embedHeight(640, { ...DEFAULT_STATE, parts });
    expect(rise("table")).toBe(33);
    // "512 × 512 at 30 steps. Estimate." is one line, "… A published cell: the table prints 1.0." two.
    expect(rise("cost,balance")).toBe(-20);
  });
});
