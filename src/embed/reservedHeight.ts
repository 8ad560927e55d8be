// The compact explorer's height, worked out from its cards' heights, so that the space an embed
// holds before its first message is about what it then takes: the host page barely moves.
import { partsShown } from "../settings/parts";

/** From this frame width, the cards stand in two columns. */
export const TWO_COLUMNS = 576;
/** The explorer's padding, above and below, and the gap between its cards. */
const PADDING = 8;
const GAP = 12;

// Measured by scripts/measure-embed.mjs at 360 px (one column) and 640 px (two); narrower frames
// wrap a little more, wider ones a little less.
// settings, cost, balance, table, chart, compare, and the link's card shown without the cost
const CARDS = {
  narrow: [424, 202, 302, 606, 422, 854, 42],
  wide: [424, 202, 302, 456, 402, 566, 42],
};

/** The height of the compact explorer with `parts` (a `parts` value) in a frame `width` wide. */
export function reservedHeight(width: number, parts: string | null): number {
  const shown = partsShown(parts ?? "", true);
  const wide = width >= TWO_COLUMNS;
  const [settings = 0, cost = 0, balance = 0, table = 0, chart = 0, compare = 0, link = 0] = wide ? CARDS.wide : CARDS.narrow;
  const has = (part: Parameters<typeof shown.has>[0], height: number) => (shown.has(part) ? [height] : []);
  const top = shown.has("cost")
    ? wide
      ? [Math.max(settings, cost + (shown.has("balance") ? GAP + balance : 0))]
      : [settings, cost, ...has("balance", balance)]
    : [...has("balance", balance), link];
  const cards = [...top, ...has("table", table), ...has("chart", chart), ...has("compare", compare)];
  return PADDING + cards.reduce((sum, height) => sum + height, 0) + GAP * (cards.length - 1);
}
