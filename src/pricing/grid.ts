import { imagesForBalance } from "./balance";
import { creditsPerImage, ignoresSize, publishedCell, publishedColumnIndex, publishedRowIndex } from "./quote";
import type { PriceSchedule, PublishedSize } from "./priceSchedule";
import type { PriceInput } from "./input";
import type { Hundredths } from "./units";

export interface GridRow {
  readonly steps: number;
  /** A row added for the current steps, which the source does not print. */
  readonly added: boolean;
}

export interface GridColumn {
  readonly width: number;
  readonly height: number;
  /** A column added for the current size, which the source does not print. */
  readonly added: boolean;
}

export interface GridCell {
  readonly steps: number;
  readonly width: number;
  readonly height: number;
  /** The source's printed figure ("0.5"), or null for a cell the page adds. */
  readonly printed: string | null;
  readonly perImage: Hundredths;
  /** Images the balance buys at this cell. */
  readonly images: number;
  /** The balance buys the images wanted at this cell. */
  readonly affordable: boolean;
  readonly current: boolean;
}

export interface PriceGrid {
  readonly rows: readonly GridRow[];
  readonly columns: readonly GridColumn[];
  /** cells[row][column] */
  readonly cells: readonly (readonly GridCell[])[];
}

function withCurrentRow(schedule: PriceSchedule, steps: number): GridRow[] {
  const rows = schedule.grid.steps.map((s) => ({ steps: s, added: false }));
  if (publishedRowIndex(schedule, steps) >= 0) return rows;
  return [...rows, { steps, added: true }].sort((a, b) => a.steps - b.steps);
}

function withCurrentColumn(schedule: PriceSchedule, settings: PriceInput): GridColumn[] {
  const columns = schedule.grid.sizes.map((size) => ({ ...size, added: false }));
  if (publishedColumnIndex(schedule, settings) >= 0) return columns;
  const pixels = settings.width * settings.height;
  const at = columns.findIndex((c) => c.width * c.height > pixels);
  columns.splice(at < 0 ? columns.length : at, 0, { width: settings.width, height: settings.height, added: true });
  return columns;
}

function isCurrentColumn(schedule: PriceSchedule, column: GridColumn, settings: PriceInput): boolean {
  if (column.added) return true;
  return publishedColumnIndex(schedule, column) === publishedColumnIndex(schedule, settings);
}

/**
 * A schedule's published grid around the current settings: its printed cells, plus a row and a
 * column for the current steps and size where the source prints none, so that the current
 * settings always have exactly one cell.
 */
export function priceGrid(schedule: PriceSchedule, settings: PriceInput): PriceGrid {
  const rows = withCurrentRow(schedule, settings.steps);
  const columns = withCurrentColumn(schedule, settings);
  const cells = rows.map((row) =>
    columns.map((column) => {
      const point = { steps: row.steps, width: column.width, height: column.height };
      const perImage = creditsPerImage(schedule, point);
      const { images } = imagesForBalance(settings.balance, perImage, 1);
      return {
        ...point,
        printed: row.added || column.added ? null : publishedCell(schedule, point),
        perImage,
        images,
        affordable: images >= settings.wanted,
        current: row.steps === settings.steps && isCurrentColumn(schedule, column, settings),
      };
    }),
  );
  return { rows, columns, cells };
}

/** One line of the chart: the published sizes that cost the same at every step count. */
export interface ChartSeries {
  readonly sizes: readonly PublishedSize[];
  /** Credits per image at each step count of the chart, in order. */
  readonly perImage: readonly Hundredths[];
}

/**
 * Credits per image against steps, every `interval` steps across the schedule's range, one
 * series for each price curve among its published sizes: sizes with the same pixel count share
 * a curve (SDXL beta's 640 × 512 and 512 × 640), and so do all sizes where the size is not priced.
 */
export function chartSeries(schedule: PriceSchedule, interval: number): { steps: number[]; series: ChartSeries[] } {
  const { min, max } = schedule.ranges.steps;
  const steps: number[] = [];
  for (let s = min; s <= max; s += interval) steps.push(s);
  if (steps.at(-1) !== max) steps.push(max);
  const groups = new Map<number, PublishedSize[]>();
  for (const size of schedule.grid.sizes) {
    const key = ignoresSize(schedule) ? 0 : size.width * size.height;
    groups.set(key, [...(groups.get(key) ?? []), size]);
  }
  const series = [...groups.values()].map((sizes) => ({
    sizes,
    perImage: steps.map((s) => creditsPerImage(schedule, { steps: s, ...(sizes[0] ?? { width: 0, height: 0 }) })),
  }));
  return { steps, series };
}
