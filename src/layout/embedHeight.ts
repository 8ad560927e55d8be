// The height an embed with given settings takes: what the settings change is the price table's
// shape (its schedule's grid, a row added for steps it does not print, a column for a size) and
// with it the Cost card's note. scripts/measure-heights.mjs measures every shape's cards into
// ./reservedHeights.ts; embed.js, which knows no schedule, reserves the default settings' height.
import { publishedColumnIndex, publishedRowIndex } from "../pricing/quote";
import type { ExplorerState } from "../settings/settings";
import { EMBED_CARDS, EMBED_SHAPES } from "./reservedHeights";
import { reservedHeight } from "./reservedHeight";

/** "2022", "2022+row", "sdxl-beta+row+column": the schedule, and the row and column the table adds. */
export function tableShape({ schedule, steps, width, height }: Pick<ExplorerState, "schedule" | "steps" | "width" | "height">): string {
  const row = publishedRowIndex(schedule, steps) < 0 ? "+row" : "";
  const column = publishedColumnIndex(schedule, { width, height }) < 0 ? "+column" : "";
  return `${schedule.id}${row}${column}`;
}

/** The compact explorer's height with these settings and parts, in a frame `width` wide. */
export function embedHeight(width: number, state: ExplorerState): number {
  const shapes: Record<string, typeof EMBED_CARDS | undefined> = EMBED_SHAPES;
  return reservedHeight(width, state.parts, shapes[tableShape(state)] ?? EMBED_CARDS);
}
