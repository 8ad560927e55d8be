/**
 * The compact explorer's height by the frame's width (measured in Chromium; two columns from
 * 768 px), reserved before its first message so that the host page barely moves.
 */
const HEIGHTS: readonly (readonly [number, number])[] = [
  [320, 2620], [400, 2460], [500, 2280], [767, 2200], [768, 1780], [900, 1720], [1152, 1680],
];

export function reservedHeight(width: number): number {
  const upper = HEIGHTS.findIndex(([w]) => w >= width);
  if (upper <= 0) return (HEIGHTS[upper === 0 ? 0 : HEIGHTS.length - 1] ?? [0, 2000])[1];
  const [w0, h0] = HEIGHTS[upper - 1] ?? [0, 0];
  const [w1, h1] = HEIGHTS[upper] ?? [0, 0];
  return Math.round(h0 + ((h1 - h0) * (width - w0)) / (w1 - w0));
}
