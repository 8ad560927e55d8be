import type { ExplorerState } from "../settings/settings";
import { writeState } from "../settings/link";

function escapeAttribute(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
}

/**
 * The embed.js snippet that reproduces the state on a docs page (CONTRACT.md, section 3): the
 * settings a shared link would carry, as data-* attributes.
 */
export function embedSnippet(state: ExplorerState, embedScriptUrl: string): string {
  const data = [...writeState(state)].map(([key, value]) => ` data-${key}="${escapeAttribute(value)}"`);
  return `<script src="${escapeAttribute(embedScriptUrl)}"${data.join("")} async></script>`;
}
