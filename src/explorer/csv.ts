import type { PriceGrid } from "../pricing/grid";
import type { PriceSchedule } from "../pricing/priceSchedule";
import type { Hundredths } from "../pricing/units";
import type { HeatmapView } from "../settings/settings";
import { addedWord, columnLabel, VIEW_SPECS } from "./heatmapView";

function quote(field: string): string {
  return /[",\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** The heatmap as CSV, in the view's units, with plain "." decimals whatever the locale. */
export function heatmapCsv(grid: PriceGrid, view: HeatmapView, balance: Hundredths, schedule: PriceSchedule): string {
  const spec = VIEW_SPECS[view];
  const mark = (added: boolean) => (added ? ` (${addedWord(schedule)})` : "");
  const header = [
    `Steps \\ ${spec.csvUnit(balance)}`,
    ...grid.columns.map((column) => columnLabel(schedule, column) + mark(column.added)),
  ];
  const rows = grid.rows.map((row, r) => [
    String(row.steps) + mark(row.added),
    ...(grid.cells[r] ?? []).map((cell) => spec.csv(cell)),
  ]);
  return [header, ...rows].map((fields) => fields.map(quote).join(",")).join("\r\n") + "\r\n";
}

export function downloadText(fileName: string, text: string, type = "text/csv"): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.click();
  // Some browsers read the blob after the click has returned: give them time before revoking.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
