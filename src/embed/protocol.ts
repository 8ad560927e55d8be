// The iframe protocol, versioned and namespaced so that it never mistakes another script's
// messages for its own (in the spirit of giscus).

export interface ResizeMessage {
  readonly type: "resize";
  /** The content's height in whole CSS pixels. */
  readonly height: number;
}

export type ExplorerMessage = ResizeMessage;

export interface Envelope {
  readonly pricingExplorer: { readonly v: 1 } & ExplorerMessage;
}

/** The embedding page's origin as embed.js gives it, when it is a real http(s) origin; else null. */
export function parseOrigin(raw: string | null): string | null {
  if (raw === null || !URL.canParse(raw)) return null;
  const url = new URL(raw);
  const isWeb = url.protocol === "http:" || url.protocol === "https:";
  return isWeb && url.origin === raw ? url.origin : null;
}

/** Heights beyond this are not a layout, they are an attack or a bug. */
export const MAX_HEIGHT = 100_000;

export function resizeEnvelope(height: number): Envelope {
  return { pricingExplorer: { v: 1, type: "resize", height: Math.ceil(height) } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** The height in a resize message, or null for anything that is not a well-formed one. */
export function readResizeHeight(data: unknown): number | null {
  if (!isRecord(data)) return null;
  const message = data.pricingExplorer;
  if (!isRecord(message) || message.v !== 1 || message.type !== "resize") return null;
  const { height } = message;
  return typeof height === "number" && Number.isInteger(height) && height >= 0 && height <= MAX_HEIGHT
    ? height
    : null;
}
