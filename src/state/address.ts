// The page's settings in its address: written back with replaceState (never pushState: Back
// still leaves the page), so that a copied address reopens the same view.
import { useEffect, useState } from "react";
import type { PriceSchedule } from "../pricing/priceSchedule";
import { parseState, writeState } from "../settings/query";
import type { ExplorerState } from "../settings/settings";
import { createExplorerStore, type ExplorerStore } from "./explorerStore";

// Browsers limit how often history may be replaced (Safari: 100 times in 30 s) and a slider
// drag changes the state on every frame, so the address follows after a short pause.
const ADDRESS_DELAY_MS = 150;

/** The address of the page with the state in its query, other parameters kept. */
export function urlWithState(state: ExplorerState, location: Location = window.location): string {
  const query = writeState(state, new URLSearchParams(location.search)).toString();
  return `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
}

/** Puts the state in the page's address without a new history entry. */
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

/**
 * A store of the settings the address carries, priced with `schedules`, and kept in the address
 * from then on: the standalone page's and the iframe's.
 */
export function useAddressStore(schedules: readonly PriceSchedule[]): ExplorerStore {
  const [store] = useState(() => createExplorerStore(parseState(new URLSearchParams(window.location.search), schedules)));
  useEffect(() => keepInAddress(store), [store]);
  return store;
}

/**
 * Keeps the address in step with the store, a short pause after each change; at once the
 * opening address is rewritten to what is shown (its out-of-range values brought into range).
 * Returns what stops it.
 */
export function keepInAddress(store: ExplorerStore): () => void {
  let timer = window.setTimeout(() => replaceUrl(store.getState()), ADDRESS_DELAY_MS);
  const stop = store.subscribe((state) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => replaceUrl(state), ADDRESS_DELAY_MS);
  });
  return () => {
    stop();
    window.clearTimeout(timer);
  };
}
