// An unknown value (a JSON file, say) read into a price schedule, or the list of what is wrong
// with it, each in a sentence. Nothing in the page needs it: the built-in schedules are checked
// by their tests; this is what would let a schedule come from a file.
import { exactCreditsPerImage, roundAsPrinted } from "./quote";
import type { PriceSchedule } from "./priceSchedule";

export type ScheduleReading = { readonly ok: true; readonly schedule: PriceSchedule } | { readonly ok: false; readonly errors: readonly string[] };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const isWhole = (value: unknown): value is number => Number.isSafeInteger(value);
const isText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";
const DECIMAL = /^\d+(\.\d+)?(e-\d+)?$/;

/** Reads a value as a schedule; every problem found is listed, not only the first. */
export function parseSchedule(value: unknown): ScheduleReading {
  const errors: string[] = [];
  const fail = (message: string) => errors.push(message);
  if (!isObject(value)) return { ok: false, errors: ["A schedule must be an object."] };

  for (const key of ["id", "name", "period", "dates"] as const) {
    if (!isText(value[key])) fail(`"${key}" must be a non-empty text.`);
  }
  const sources = value.sources;
  if (!Array.isArray(sources) || sources.length === 0) fail(`"sources" must list at least one source.`);
  else
    sources.forEach((source, i) => {
      if (!isObject(source) || !isText(source.title)) fail(`sources[${i}] needs a "title".`);
      else if (source.url !== undefined && !(typeof source.url === "string" && /^https:\/\/\S+$/.test(source.url))) {
        fail(`sources[${i}].url must be an https address.`);
      }
    });

  const ranges = value.ranges;
  const range = (name: string, r: unknown) => {
    if (!isObject(r) || !isWhole(r.min) || !isWhole(r.max) || !isWhole(r.step) || r.step < 1 || r.min > r.max) {
      fail(`"ranges.${name}" must be whole numbers min ≤ max and a step of at least 1.`);
      return null;
    }
    if (r.min % r.step !== 0 || r.max % r.step !== 0) fail(`"ranges.${name}" must begin and end on a multiple of its step.`);
    return r as unknown as { min: number; max: number; step: number };
  };
  const steps = isObject(ranges) ? range("steps", ranges.steps) : null;
  const side = isObject(ranges) ? range("side", ranges.side) : null;
  if (!isObject(ranges)) fail(`"ranges" must give "steps" and "side".`);
  const within = (v: unknown, r: { min: number; max: number; step: number } | null) =>
    r === null || (isWhole(v) && v >= r.min && v <= r.max && v % r.step === 0);

  if (!(typeof value.freeCredits === "number" && value.freeCredits >= 0)) fail(`"freeCredits" must be a number of at least 0.`);
  const defaults = value.defaults;
  if (!isObject(defaults) || !within(defaults.steps, steps) || !within(defaults.width, side) || !within(defaults.height, side)) {
    fail(`"defaults" must be steps, width and height within the ranges.`);
  }

  const grid = value.grid;
  if (!isObject(grid)) fail(`"grid" must give "steps", "sizes", "cells" and "rounding".`);
  else {
    const rows = grid.steps;
    const sizes = grid.sizes;
    if (!Array.isArray(rows) || rows.length === 0 || !rows.every((s) => within(s, steps))) {
      fail(`"grid.steps" must list step counts within the range.`);
    } else if (rows.some((s, i) => i > 0 && s <= rows[i - 1])) fail(`"grid.steps" must rise.`);
    if (!Array.isArray(sizes) || sizes.length === 0 || !sizes.every((s) => isObject(s) && within(s.width, side) && within(s.height, side))) {
      fail(`"grid.sizes" must list sizes within the side range.`);
    }
    const cells = grid.cells;
    if (
      !Array.isArray(cells) ||
      !Array.isArray(rows) ||
      !Array.isArray(sizes) ||
      cells.length !== rows.length ||
      !cells.every((row) => Array.isArray(row) && row.length === sizes.length && row.every((c) => typeof c === "string" && DECIMAL.test(c)))
    ) {
      fail(`"grid.cells" must hold a printed decimal for every step count and size.`);
    }
    const rounding = grid.rounding;
    const roundingOk =
      isObject(rounding) &&
      isWhole(rounding.decimals) &&
      (rounding.rule === "half-up" || (rounding.rule === "half-up-then-up" && isWhole(rounding.first) && rounding.first > rounding.decimals));
    if (!roundingOk) fail(`"grid.rounding" must be half-up to some decimals, or half-up then up.`);
  }

  const model = value.model;
  const modelOk =
    isObject(model) &&
    ((model.kind === "table-interpolation" && isWhole(model.referenceSteps)) ||
      (model.kind === "pixel-formula" && isWhole(model.pixelOffset) && isWhole(model.stepsDivisor) && model.stepsDivisor > 0 && typeof model.rate === "string" && DECIMAL.test(model.rate)) ||
      (model.kind === "step-polynomial" &&
        typeof model.multiplier === "number" &&
        Array.isArray(model.coefficients) &&
        model.coefficients.every((c) => typeof c === "string" && DECIMAL.test(c)) &&
        Array.isArray(model.fixed) &&
        model.fixed.every((f) => Array.isArray(f) && isWhole(f[0]) && typeof f[1] === "string" && DECIMAL.test(f[1]))));
  if (!modelOk) fail(`"model" must be a table interpolation, a pixel formula or a step polynomial, with all its numbers.`);
  if (isObject(model) && model.kind === "table-interpolation" && isObject(grid) && Array.isArray(grid.steps) && !grid.steps.includes(model.referenceSteps)) {
    fail(`"model.referenceSteps" must be a row of the grid.`);
  }
  if (!Array.isArray(value.notes) || !value.notes.every(isText)) fail(`"notes" must be a list of texts.`);

  if (errors.length > 0) return { ok: false, errors };
  const schedule = value as unknown as PriceSchedule;
  // Every printed cell must be what the model gives, rounded as the source rounded it.
  schedule.grid.steps.forEach((stepCount, r) =>
    schedule.grid.sizes.forEach((size, c) => {
      const printed = schedule.grid.cells[r]?.[c] ?? "";
      const decimals = printed.split(".")[1]?.length ?? 0;
      const expected = roundAsPrinted(exactCreditsPerImage(schedule, { steps: stepCount, ...size }), schedule.grid.rounding);
      const scale = 10 ** (schedule.grid.rounding.decimals - decimals);
      if (scale < 1 || Number(printed.replace(".", "")) * scale !== expected) {
        fail(`The cell at ${stepCount} steps, ${size.width} × ${size.height} prints ${printed}, but the model gives ${expected / 10 ** schedule.grid.rounding.decimals}.`);
      }
    }),
  );
  return errors.length > 0 ? { ok: false, errors } : { ok: true, schedule };
}
