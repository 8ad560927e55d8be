// The parts an explorer shows: read by the settings (the `parts` parameter), the explorer's
// layout, and embed.js (the height it reserves), so kept free of everything else.

/** The parts an explorer can show, in the order it shows them. */
export const PARTS = ["cost", "balance", "table", "chart", "compare"] as const;
export type Part = (typeof PARTS)[number];
/** What an embed shows unless told otherwise: the price, the balance and the table. */
export const EMBED_PARTS: readonly Part[] = ["cost", "balance", "table"];

/** The parts a value names, in their own order; "" for none, which means the default. */
export function readParts(text: string): string {
  const named = new Set(text.split(","));
  return PARTS.filter((part) => named.has(part)).join(",");
}

/** The parts to show: those a value names, else everything, or the embed's default. */
export function partsShown(parts: string, embedded: boolean): ReadonlySet<Part> {
  const named = readParts(parts);
  return new Set(named ? (named.split(",") as Part[]) : embedded ? EMBED_PARTS : PARTS);
}
