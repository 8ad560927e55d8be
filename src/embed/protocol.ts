// The iframe protocol, versioned and namespaced so that it never mistakes another script's
// messages for its own (in the spirit of giscus). The frame says hello and tells the host its
// height; the host answers a hello, and any change of its light or dark scheme, with its scheme.

import type { SchemeName } from "../settings/settings";

export type ExplorerMessage =
  /**
   * Frame to host: the frame's code is running (after a reload too) and waits for the host's
   * scheme. A frame given no origin in its address posts it to any parent, and takes the origin
   * of the parent's answer as the one it was given.
   */
  | { readonly type: "hello" }
  /** Frame to host: the content's height in whole CSS pixels. */
  | { readonly type: "resize"; readonly height: number }
  /** Host to frame: the host page's colour scheme, for an explorer whose theme is auto. */
  | { readonly type: "theme"; readonly theme: SchemeName };

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

export function helloEnvelope(): Envelope {
  return { pricingExplorer: { v: 1, type: "hello" } };
}

export function themeEnvelope(theme: SchemeName): Envelope {
  return { pricingExplorer: { v: 1, type: "theme", theme } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** The explorer message in some posted data, if it is one of ours in version 1. */
function messageOf(data: unknown): Record<string, unknown> | null {
  if (!isRecord(data)) return null;
  const message = data.pricingExplorer;
  return isRecord(message) && message.v === 1 ? message : null;
}

/** Whether some posted data is a well-formed hello. */
export function isHello(data: unknown): boolean {
  return messageOf(data)?.type === "hello";
}

/** The height in a resize message, or null for anything that is not a well-formed one. */
export function readResizeHeight(data: unknown): number | null {
  const message = messageOf(data);
  if (message?.type !== "resize") return null;
  const height = message.height as number;
  return Number.isInteger(height) && height >= 0 && height <= MAX_HEIGHT ? height : null;
}

/** The scheme in a theme message, or null for anything that is not a well-formed one. */
export function readTheme(data: unknown): SchemeName | null {
  const message = messageOf(data);
  if (message?.type !== "theme") return null;
  return message.theme === "light" || message.theme === "dark" ? message.theme : null;
}
