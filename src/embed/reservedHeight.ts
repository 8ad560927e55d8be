/**
 * The compact explorer's height by the frame's width (measured in Chromium; two columns from
 * 768 px), reserved before its first message so that the host page barely moves.
 */
const HEIGHTS: readonly (readonly [number, number])[] = [
  [320, 2475], [400, 2281], [500, 2119], [767, 1962], [768, 1510], [900, 1474], [1152, 1380],
];

export function reservedHeight(width: number): number {
  const upper = HEIGHTS.findIndex(([w]) => w >= width);
  if (upper <= 0) return (HEIGHTS[upper === 0 ? 0 : HEIGHTS.length - 1] ?? [0, 2000])[1];
  const [w0, h0] = HEIGHTS[upper - 1] ?? [0, 0];
  const [w1, h1] = HEIGHTS[upper] ?? [0, 0];
  return Math.round(h0 + ((h1 - h0) * (width - w0)) / (w1 - w0));
}
