import { writeState } from "../settings/link";
import type { ExplorerState } from "../settings/settings";

/** The address of the page with the state in its query, other parameters kept. */
export function urlWithState(state: ExplorerState, location: Location = window.location): string {
  const query = writeState(state, new URLSearchParams(location.search)).toString();
  return `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
}

/** Puts the state in the page's address without a new history entry: Back still leaves the page. */
export function replaceUrl(state: ExplorerState): void {
  const url = urlWithState(state);
  const { pathname, search, hash } = window.location;
  if (url === `${pathname}${search}${hash}`) return;
  try {
    window.history.replaceState(window.history.state, "", url);
  } catch {
    // A sandboxed frame with an opaque origin may refuse; the page works without it.
  }
}
