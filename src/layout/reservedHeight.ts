// The height of a compact explorer, for embed.js and the embed code the page copies, from the
// cards' heights that scripts/measure-heights.mjs measured into ./reservedHeights.ts (which also
// gives the standalone page's placeholders theirs, through ./reservePlugin.ts).
import { partsShown, type Part } from "../settings/parts";
import { EMBED_CARDS } from "./reservedHeights";

/** The compact explorer's cards' heights, in a frame one column wide (narrow) and two (wide). */
export type EmbedCards = typeof EMBED_CARDS;

/** From this frame width, the compact explorer's cards stand in two columns. */
export const TWO_COLUMNS = 576;
/** The compact explorer's padding, above and below, and the gap between its cards. */
const PADDING = 8;
const GAP = 12;

/**
 * The height of the compact explorer with `parts` (a `parts` value) in a frame `width` wide, with
 * its cards as tall as `embed` (by default the default settings': ./embedHeight.ts has each
 * table shape's).
 */
export function reservedHeight(width: number, parts: string | null, embed: EmbedCards = EMBED_CARDS): number {
  const shown = partsShown(parts ?? "", true);
  const cards = width >= TWO_COLUMNS ? embed.wide : embed.narrow;
  const has = (part: Part, height: number) => (shown.has(part) ? [height] : []);
  const top = shown.has("cost")
    ? width >= TWO_COLUMNS
      ? [Math.max(cards.settings, cards.cost + (shown.has("balance") ? GAP + cards.balance : 0))]
      : [cards.settings, cards.cost, ...has("balance", cards.balance)]
    : [...has("balance", cards.balance), cards.link];
  const heights = [...top, ...has("table", cards.table), ...has("chart", cards.chart), ...has("compare", cards.compare)];
  return PADDING + heights.reduce((sum, height) => sum + height, 0) + GAP * (heights.length - 1);
}
