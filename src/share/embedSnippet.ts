import type { ExplorerState } from "../explorer/state";
import { formatParam, STATE_PARAMS } from "./params";
import { DEFAULT_STATE } from "../explorer/state";

function escapeAttribute(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
}

/** The embed.js snippet that reproduces the state on a docs page (CONTRACT.md, section 3). */
export function embedSnippet(state: ExplorerState, embedScriptUrl: string): string {
  const data = STATE_PARAMS.filter((key) => state[key] !== DEFAULT_STATE[key]).map(
    (key) => ` data-${key}="${escapeAttribute(formatParam(state, key))}"`,
  );
  return `<script src="${escapeAttribute(embedScriptUrl)}"${data.join("")} async></script>`;
}
