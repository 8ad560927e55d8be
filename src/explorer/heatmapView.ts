import type { GridCell, GridColumn } from "../pricing/grid";
import { ignoresSize } from "../pricing/quote";
import type { PriceSchedule, Rounding } from "../pricing/priceSchedule";
import { toCredits, toDollars, type Hundredths } from "../pricing/units";
import type { HeatmapView } from "../settings/settings";
import { formatBalance, formatCount, formatCredits, formatDollars, formatPrinted, formatSize } from "./format";

/** What a row or column the source does not print holds: our estimate, or its formula's price. */
export function addedWord(schedule: PriceSchedule): "estimate" | "computed" {
  return schedule.model.kind === "table-interpolation" ? "estimate" : "computed";
}

/** A column's header: its size, or "Any size" where the size does not change the price. */
export function columnLabel(schedule: PriceSchedule, column: GridColumn): string {
  return ignoresSize(schedule) && !column.added ? "Any size" : formatSize(column.width, column.height);
}

/** What a view calls its figures, and how it writes them on screen and in a CSV. */
export interface ViewSpec {
  readonly label: string;
  caption(balance: Hundredths, schedule: PriceSchedule): string;
  display(cell: GridCell): string;
  csv(cell: GridCell): string;
  csvUnit(balance: Hundredths): string;
  fileName(balance: Hundredths, schedule: PriceSchedule): string;
}

/** How a source rounded its printed figures, in words: "rounded up to 0.1". */
export function describeRounding(rounding: Rounding): string {
  const place = (1 / 10 ** rounding.decimals).toFixed(rounding.decimals);
  return rounding.rule === "half-up" ? `rounded to ${place}` : `rounded up to ${place}`;
}

const by = (schedule: PriceSchedule) => (schedule.model.kind === "step-polynomial" ? "by steps (any size)" : "by steps and image size");

export const VIEW_SPECS: Record<HeatmapView, ViewSpec> = {
  credits: {
    label: "Credits",
    caption: (_balance, schedule) =>
      `Credits per image, as published (${describeRounding(schedule.grid.rounding)}), ${by(schedule)}`,
    display: (cell) => (cell.printed === null ? formatCredits(cell.perImage) : formatPrinted(cell.printed)),
    csv: (cell) => cell.printed ?? toCredits(cell.perImage).toFixed(2),
    csvUnit: () => "credits per image",
    fileName: (_balance, schedule) => `credits-per-image-${schedule.id}.csv`,
  },
  images: {
    label: "Images",
    caption: (balance, schedule) => `Images ${formatBalance(balance)} credits buy, ${by(schedule)}`,
    display: (cell) => formatCount(cell.images),
    csv: (cell) => String(cell.images),
    csvUnit: (balance) => `images ${toCredits(balance)} credits buy`,
    fileName: (balance, schedule) => `images-for-${toCredits(balance)}-credits-${schedule.id}.csv`,
  },
  usd: {
    label: "Dollars",
    caption: (_balance, schedule) => `Dollars per image, at $0.01 a credit, ${by(schedule)}`,
    display: (cell) => formatDollars(cell.perImage),
    csv: (cell) => toDollars(cell.perImage).toFixed(4),
    csvUnit: () => "US dollars per image",
    fileName: (_balance, schedule) => `dollars-per-image-${schedule.id}.csv`,
  },
};
