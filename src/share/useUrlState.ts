import { useCallback, useEffect, useState } from "react";
import { applyPatch, type ExplorerState, type StatePatch } from "../settings/settings";
import { parseState } from "../settings/url";

// Browsers limit how often history may be replaced (Safari: 100 times in 30 s) and a slider
// drag changes the state on every frame, so the URL follows after a short pause.
const URL_DELAY_MS = 150;

/**
 * The page's state, read once from the URL, and written back to it with replaceState (never
 * pushState: Back still leaves the page). Out-of-range values in the opening URL are rewritten to
 * what is shown. The code that writes the address loads with the first write, after first paint.
 */
export function useUrlState(): [ExplorerState, (patch: StatePatch) => void] {
  const [state, setState] = useState(() => parseState(new URLSearchParams(window.location.search)));

  useEffect(() => {
    let cancelled = false;
    const timer = window.setTimeout(() => {
      void import("./replaceUrl").then(({ replaceUrl }) => {
        if (!cancelled) replaceUrl(state);
      });
    }, URL_DELAY_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [state]);

  const update = useCallback((patch: StatePatch) => setState((current) => applyPatch(current, patch)), []);
  return [state, update];
}
