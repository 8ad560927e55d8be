// Viridis in eight steps: sequential, readable in greyscale and by people with the common
// colour-vision deficiencies. Each step carries the text colour (white or black) that has
// the higher contrast on it; the lowest is 4.65:1 (white on #277f8e).
export const HEAT_STEPS = [
  { background: "#440154", text: "#ffffff" },
  { background: "#46327e", text: "#ffffff" },
  { background: "#365c8d", text: "#ffffff" },
  { background: "#277f8e", text: "#ffffff" },
  { background: "#1fa187", text: "#000000" },
  { background: "#4ac16d", text: "#000000" },
  { background: "#a0da39", text: "#000000" },
  { background: "#fde725", text: "#000000" },
] as const;

export type HeatStep = (typeof HEAT_STEPS)[number];

/**
 * The step for a price between the cheapest and dearest published cells. Prices span two
 * orders of magnitude (0.2 to 28.2 credits), so the scale is logarithmic.
 */
export function heatStep(value: number, low: number, high: number): HeatStep {
  const span = Math.log(high) - Math.log(low);
  const t = span > 0 ? (Math.log(Math.max(value, low)) - Math.log(low)) / span : 0;
  const index = Math.min(HEAT_STEPS.length - 1, Math.max(0, Math.floor(t * HEAT_STEPS.length)));
  return HEAT_STEPS[index] ?? HEAT_STEPS[0];
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [a, b].map(relativeLuminance) as [number, number];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
