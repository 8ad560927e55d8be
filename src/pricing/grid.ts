import { imagesForBalance } from "./balance";
import type { Settings } from "./limits";
import { creditsPerImage, publishedColumn, publishedCredits, publishedRow } from "./quote";
import type { PriceSchedule } from "./schedule";
import type { Hundredths } from "./units";

export interface GridRow {
  readonly steps: number;
  /** A row added for the current steps, which the table does not publish. */
  readonly estimate: boolean;
}

export interface GridColumn {
  readonly width: number;
  readonly height: number;
  /** A column added for the current size, which the table does not publish. */
  readonly estimate: boolean;
}

export interface GridCell {
  readonly steps: number;
  readonly width: number;
  readonly height: number;
  /** The table's printed figure, or null for an estimate. */
  readonly printed: number | null;
  readonly perImage: Hundredths;
  /** Images the balance buys at this cell. */
  readonly images: number;
  readonly current: boolean;
}

export interface PriceGrid {
  readonly rows: readonly GridRow[];
  readonly columns: readonly GridColumn[];
  /** cells[row][column] */
  readonly cells: readonly (readonly GridCell[])[];
}

function withCurrentRow(schedule: PriceSchedule, steps: number): GridRow[] {
  const rows = schedule.steps.map((s) => ({ steps: s, estimate: false }));
  if (publishedRow(schedule, steps) >= 0) return rows;
  return [...rows, { steps, estimate: true }].sort((a, b) => a.steps - b.steps);
}

function withCurrentColumn(schedule: PriceSchedule, settings: Settings): GridColumn[] {
  const columns = schedule.sizes.map((size) => ({ ...size, estimate: false }));
  if (publishedColumn(schedule, settings) >= 0) return columns;
  const pixels = settings.width * settings.height;
  const at = columns.findIndex((c) => c.width * c.height > pixels);
  const extra = { width: settings.width, height: settings.height, estimate: true };
  columns.splice(at < 0 ? columns.length : at, 0, extra);
  return columns;
}

function isCurrentColumn(schedule: PriceSchedule, column: GridColumn, settings: Settings) {
  if (column.estimate) return true;
  return publishedColumn(schedule, column) === publishedColumn(schedule, settings);
}

/**
 * The published table around the current settings: its 36 cells, plus a row and a column for
 * the current steps and size where the table does not publish them, so that the current
 * settings always have exactly one cell.
 */
export function priceGrid(schedule: PriceSchedule, settings: Settings): PriceGrid {
  const rows = withCurrentRow(schedule, settings.steps);
  const columns = withCurrentColumn(schedule, settings);
  const cells = rows.map((row) =>
    columns.map((column) => {
      const point = { steps: row.steps, width: column.width, height: column.height };
      const perImage = creditsPerImage(schedule, point);
      return {
        ...point,
        printed: publishedCredits(schedule, point),
        perImage,
        images: imagesForBalance(settings.balance, perImage, 1).images,
        current: row.steps === settings.steps && isCurrentColumn(schedule, column, settings),
      };
    }),
  );
  return { rows, columns, cells };
}

export interface StepsRow {
  readonly steps: number;
  /** Credits per image for each published size, in the schedule's column order. */
  readonly perImage: readonly Hundredths[];
}

/** Credits per image against steps, every `interval` steps, for each published size. */
export function priceBySteps(schedule: PriceSchedule, min: number, max: number, interval: number): StepsRow[] {
  const rows: StepsRow[] = [];
  for (let steps = min; steps <= max; steps += interval) {
    rows.push({ steps, perImage: schedule.sizes.map((size) => creditsPerImage(schedule, { steps, ...size })) });
  }
  return rows;
}
