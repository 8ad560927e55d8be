import { SCHEDULES, SDXL_BETA } from "./schedulesAfter2022";
import { DREAMSTUDIO_2022 } from "./schedule2022";
import { parseSchedule } from "./validate";

const copy = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("reading a schedule from an unknown value", () => {
  it.each(SCHEDULES.map((s) => [s.name, s] as const))("reads %s back from its JSON, unchanged", (_name, schedule) => {
    const read = parseSchedule(copy(schedule));
    expect(read).toEqual({ ok: true, schedule });
  });

  it("lists every problem, each in a sentence", () => {
    const broken = { ...copy(DREAMSTUDIO_2022), id: "", ranges: { steps: { min: 150, max: 10, step: 1 }, side: { min: 512, max: 1024, step: 64 } }, notes: [1] };
    expect(parseSchedule(broken)).toEqual({
      ok: false,
      errors: [
        '"id" must be a non-empty text.',
        '"ranges.steps" must be whole numbers min ≤ max and a step of at least 1.',
        '"notes" must be a list of texts.',
      ],
    });
  });

  it("refuses a printed cell that its model and rounding rule do not give", () => {
    const edited = copy(SDXL_BETA);
    (edited.grid.cells[0] as string[])[1] = "0.44";
    expect(parseSchedule(edited)).toEqual({
      ok: false,
      errors: ["The cell at 15 steps, 640 × 512 prints 0.44, but the model gives 0.43."],
    });
  });

  it.each([
    [null, "A schedule must be an object."],
    [[], "A schedule must be an object."],
    [{ ...copy(DREAMSTUDIO_2022), sources: [{ title: "x", url: "javascript:alert(1)" }] }, "sources[0].url must be an https address."],
    [{ ...copy(DREAMSTUDIO_2022), model: { kind: "magic" } }, '"model" must be a table interpolation, a pixel formula or a step polynomial, with all its numbers.'],
    [{ ...copy(DREAMSTUDIO_2022), model: { kind: "table-interpolation", referenceSteps: 60 } }, '"model.referenceSteps" must be a row of the grid.'],
    [{ ...copy(DREAMSTUDIO_2022), grid: { ...copy(DREAMSTUDIO_2022.grid), cells: [["0.2"]] } }, '"grid.cells" must hold a printed decimal for every step count and size.'],
    [{ ...copy(DREAMSTUDIO_2022), grid: { ...copy(DREAMSTUDIO_2022.grid), steps: [10, 5, 50, 75, 100, 150] } }, '"grid.steps" must list step counts within the range.'],
    [{ ...copy(DREAMSTUDIO_2022), defaults: { steps: 50, width: 500, height: 512 } }, '"defaults" must be steps, width and height within the ranges.'],
  ])("refuses %j: %s", (value, error) => {
    const read = parseSchedule(value);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors).toContain(error);
  });
});
