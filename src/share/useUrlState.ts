import { useCallback, useEffect, useState } from "react";
import type { ExplorerState, StatePatch } from "../settings/settings";
import { parseState, writeState } from "../settings/url";

// Browsers limit how often history may be replaced (Safari: 100 times in 30 s) and a slider
// drag changes the state on every frame, so the URL follows after a short pause.
const URL_DELAY_MS = 150;

/** The address of the page with the state in its query, other parameters kept. */
export function urlWithState(state: ExplorerState, location: Location = window.location): string {
  const query = writeState(state, new URLSearchParams(location.search)).toString();
  return `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
}

function replaceUrl(state: ExplorerState): void {
  const url = urlWithState(state);
  const { pathname, search, hash } = window.location;
  if (url === `${pathname}${search}${hash}`) return;
  try {
    window.history.replaceState(window.history.state, "", url);
  } catch {
    // A sandboxed frame with an opaque origin may refuse; the page works without it.
  }
}

/**
 * The page's state, read once from the URL, and written back to it with replaceState (never
 * pushState: Back still leaves the page). Out-of-range values in the opening URL are
 * rewritten to what is shown.
 */
export function useUrlState(): [ExplorerState, (patch: StatePatch) => void] {
  const [state, setState] = useState(() => parseState(new URLSearchParams(window.location.search)));

  useEffect(() => {
    const timer = window.setTimeout(() => replaceUrl(state), URL_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  const update = useCallback((patch: StatePatch) => setState((current) => ({ ...current, ...patch })), []);
  return [state, update];
}
