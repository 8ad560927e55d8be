import fc from "fast-check";
import creditsAndBilling from "../../docs/source/credits-and-billing.md?raw";
import pricingEras from "../../docs/source/pricing-eras.md?raw";
import { creditsPerImage, exactCreditsPerImage, ignoresSize, publishedCell, roundAsPrinted } from "./quote";
import { fromDecimal, rational } from "./rational";
import type { PriceSchedule } from "./priceSchedule";
import { DECEMBER_2022, SCHEDULES, SDXL_1, SDXL_BETA } from "./schedulesAfter2022";
import { DREAMSTUDIO_2022 } from "./schedule2022";

/** The markdown tables of a document, each as rows of trimmed cells, header first. */
function tablesOf(markdown: string): string[][][] {
  const tables: string[][][] = [];
  let current: string[][] | null = null;
  for (const line of markdown.split("\n")) {
    if (!line.startsWith("|")) {
      current = null;
      continue;
    }
    if (line.includes("---")) continue;
    if (!current) tables.push((current = []));
    current.push(line.split("|").slice(1, -1).map((cell) => cell.trim()));
  }
  return tables;
}

/** A schedule's grid written as the source's table: header, then rows of steps and cells. */
function asTable(schedule: PriceSchedule): string[][] {
  return [
    ["Steps", ...schedule.grid.sizes.map((s) => `${s.width} × ${s.height}`)],
    ...schedule.grid.steps.map((steps, r) => [String(steps), ...(schedule.grid.cells[r] ?? [])]),
  ];
}

describe("the schedules' published tables, copied from their sources", () => {
  it("the 2022 table is the source document's, cell for cell", () => {
    expect(tablesOf(creditsAndBilling)).toEqual([asTable(DREAMSTUDIO_2022)]);
  });

  it("the December 2022 and SDXL beta tables are the reference's, cell for cell", () => {
    expect(tablesOf(pricingEras)).toEqual([asTable(DECEMBER_2022), asTable(SDXL_BETA)]);
  });

  it("hold 36 + 30 + 35 printed cells and SDXL 1.0's three fixed points", () => {
    expect(SCHEDULES.map((s) => s.grid.cells.flat().length)).toEqual([36, 30, 35, 3]);
    // pricing-eras.md: 30 steps = 1.6 credits, 40 steps = 1.8, 50 steps = 2.0, for any size.
    expect(SDXL_1.grid.steps).toEqual([30, 40, 50]);
    expect(SDXL_1.grid.cells.flat()).toEqual(["1.6", "1.8", "2.0"]);
    expect(SCHEDULES.map((s) => s.id)).toEqual(["2022", "2022-12", "sdxl-beta", "sdxl"]);
  });
});

/** Every printed cell of a schedule, with the settings it stands for. */
function cellsOf(schedule: PriceSchedule) {
  return schedule.grid.steps.flatMap((steps, r) =>
    schedule.grid.sizes.map((size, c) => ({ steps, ...size, printed: schedule.grid.cells[r]?.[c] ?? "" })),
  );
}

describe.each(SCHEDULES.map((s) => [s.name, s] as const))("every printed cell of %s", (_name, schedule) => {
  it.each(cellsOf(schedule))("$width × $height at $steps steps: the model, rounded as published, prints $printed", ({ printed, ...point }) => {
    const decimals = printed.split(".")[1]?.length ?? 0;
    const inUnits = Number(printed.replace(".", ""));
    const rounded = roundAsPrinted(exactCreditsPerImage(schedule, point), schedule.grid.rounding);
    // "0.6" and "0.60" are the same printed figure at two decimals.
    expect(rounded).toBe(inUnits * 10 ** (schedule.grid.rounding.decimals - decimals));
    expect(publishedCell(schedule, point)).toBe(printed);
  });
});

describe("the rounding each source used", () => {
  it("2022: half-up to 0.1, so 512 × 768 at 10 steps costs 0.48 and prints 0.5", () => {
    const point = { steps: 10, width: 512, height: 768 };
    expect(exactCreditsPerImage(DREAMSTUDIO_2022, point)).toEqual(rational(12, 25));
    expect(creditsPerImage(DREAMSTUDIO_2022, point)).toBe(48);
    expect(publishedCell(DREAMSTUDIO_2022, point)).toBe("0.5");
  });

  it("December 2022: to 0.001 first, then up to 0.1; rounding the raw price up misses three cells", () => {
    const raw = [15, 30, 150].map((steps) => exactCreditsPerImage(DECEMBER_2022, { steps, width: 512, height: 512 }));
    // 0.100026…, 0.200052…, 1.00026…: a plain ceiling to 0.1 would print 0.2, 0.3 and 1.1.
    expect(raw.map((r) => Math.ceil((r.numerator * 10) / r.denominator) / 10)).toEqual([0.2, 0.3, 1.1]);
    expect(raw.map((r) => roundAsPrinted(r, DECEMBER_2022.grid.rounding) / 10)).toEqual([0.1, 0.2, 1]);
  });

  it("SDXL beta: half-up to 0.01; 768 × 512 at 15 steps is 0.6039603, printed 0.6", () => {
    const exact = exactCreditsPerImage(SDXL_BETA, { steps: 15, width: 768, height: 512 });
    expect(exact.numerator / exact.denominator).toBeCloseTo(0.6039603, 7);
    expect(roundAsPrinted(exact, SDXL_BETA.grid.rounding)).toBe(60);
  });

  it("SDXL 1.0: the calculator's two decimals, by steps alone", () => {
    const at = (steps: number) => creditsPerImage(SDXL_1, { steps, width: 1024, height: 1024 }) / 100;
    expect([10, 15, 20, 25, 29, 30, 31, 39, 40, 41, 49, 50, 51, 75, 100, 150].map(at)).toEqual([
      1.35, 1.42, 1.5, 1.58, 1.64, 1.6, 1.67, 1.81, 1.8, 1.85, 1.99, 2, 2.03, 2.52, 3.11, 4.53,
    ]);
  });
});

describe("laws of each schedule", () => {
  const steps = fc.integer({ min: 10, max: 150 });
  const sideIn = (schedule: PriceSchedule) =>
    fc.integer({ min: schedule.ranges.side.min / 64, max: schedule.ranges.side.max / 64 }).map((n) => n * 64);

  it.each([DREAMSTUDIO_2022, DECEMBER_2022, SDXL_BETA])("$name: the price never falls as steps or pixels grow", (schedule) => {
    const side = sideIn(schedule);
    fc.assert(fc.property(steps, steps, side, side, side, side, (s1, s2, w1, h1, w2, h2) => {
      const [few, many] = s1 <= s2 ? [s1, s2] : [s2, s1];
      const [small, large] = w1 * h1 <= w2 * h2 ? [[w1, h1], [w2, h2]] : [[w2, h2], [w1, h1]];
      const price = (s: number, [width = 0, height = 0]: number[]) => creditsPerImage(schedule, { steps: s, width, height });
      expect(price(few, small)).toBeLessThanOrEqual(price(many, small));
      expect(price(few, small)).toBeLessThanOrEqual(price(few, large));
    }));
  });

  it.each(SCHEDULES)("$name: width and height are interchangeable", (schedule) => {
    const side = sideIn(schedule);
    fc.assert(fc.property(steps, side, side, (s, width, height) => {
      expect(creditsPerImage(schedule, { steps: s, width, height })).toBe(creditsPerImage(schedule, { steps: s, width: height, height: width }));
    }));
  });

  it("SDXL 1.0: the size never changes the price", () => {
    expect(ignoresSize(SDXL_1)).toBe(true);
    const side = sideIn(SDXL_1);
    fc.assert(fc.property(steps, side, side, (s, width, height) => {
      expect(creditsPerImage(SDXL_1, { steps: s, width, height })).toBe(creditsPerImage(SDXL_1, { steps: s, width: 1024, height: 1024 }));
    }));
  });

  it("SDXL 1.0: the price rises with steps except where the published fixed prices meet the formula, at 30 and 40", () => {
    const falls: number[] = [];
    for (let s = 10; s < 150; s += 1) {
      if (creditsPerImage(SDXL_1, { steps: s + 1, width: 1024, height: 1024 }) < creditsPerImage(SDXL_1, { steps: s, width: 1024, height: 1024 })) falls.push(s + 1);
    }
    expect(falls).toEqual([30, 40]);
  });
});

describe("reading a published decimal exactly", () => {
  it.each([
    ["0.0122", [61, 5000]],
    ["2.16e-6", [27, 12_500_000]],
    ["0.000000623", [623, 1_000_000_000]],
    ["1.6", [8, 5]],
  ] as const)("%s is %j", (text, [numerator, denominator]) => {
    expect(fromDecimal(text)).toEqual({ numerator, denominator });
  });
});
