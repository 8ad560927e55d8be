import { toCredits, toDollars, type Hundredths } from "../pricing/units";
import type { GridCell } from "../pricing/grid";
import { formatBalance, formatCount, formatCredits, formatDollars, formatPrinted } from "./format";
import type { HeatmapView } from "../settings/settings";

/** What a view calls its figures, and how it writes them on screen and in a CSV. */
export interface ViewSpec {
  readonly label: string;
  caption(balance: Hundredths): string;
  display(cell: GridCell): string;
  csv(cell: GridCell): string;
  csvUnit(balance: Hundredths): string;
  fileName(balance: Hundredths): string;
}

export const VIEW_SPECS: Record<HeatmapView, ViewSpec> = {
  credits: {
    label: "Credits",
    caption: () =>
      "Credits per image, as published (rounded to 0.1), by steps and image size",
    display: (cell) =>
      cell.printed === null ? formatCredits(cell.perImage) : formatPrinted(cell.printed),
    csv: (cell) =>
      cell.printed === null ? toCredits(cell.perImage).toFixed(2) : cell.printed.toFixed(1),
    csvUnit: () => "credits per image",
    fileName: () => "credits-per-image.csv",
  },
  images: {
    label: "Images",
    caption: (balance) => `Images ${formatBalance(balance)} credits buy, by steps and image size`,
    display: (cell) => formatCount(cell.images),
    csv: (cell) => String(cell.images),
    csvUnit: (balance) => `images ${toCredits(balance)} credits buy`,
    fileName: (balance) => `images-for-${toCredits(balance)}-credits.csv`,
  },
  usd: {
    label: "Dollars",
    caption: () => "Dollars per image, at $0.01 a credit, by steps and image size",
    display: (cell) => formatDollars(cell.perImage),
    csv: (cell) => toDollars(cell.perImage).toFixed(4),
    csvUnit: () => "US dollars per image",
    fileName: () => "dollars-per-image.csv",
  },
};
