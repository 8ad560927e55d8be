// The explorer's store in React: one context, a hook that selects a slice of the settings, and
// one that follows them a frame late for the parts below the price.
import { createContext, startTransition, use, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { PriceSchedule } from "../pricing/priceSchedule";
import { pricedSettings, PRICED_KEYS, type ExplorerState, type StatePatch } from "../settings/settings";
import type { PriceInput } from "../pricing/input";
import type { ExplorerStore } from "./explorerStore";
import { createStore, type Store } from "./store";

export const ExplorerStoreContext = createContext<ExplorerStore | null>(null);

export function useExplorerStore(): ExplorerStore {
  const store = use(ExplorerStoreContext);
  if (!store) throw new Error("An explorer part rendered outside an ExplorerStoreContext.");
  return store;
}

/** The slice of the settings `select` picks; the component renders again only when it changes. */
export function useSettings<T>(select: (state: ExplorerState) => T): T {
  const store = useExplorerStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()), () => select(store.getState()));
}

/** The store's update: a change kept within the ranges of its schedule. */
export function useUpdate(): (patch: StatePatch) => void {
  return useExplorerStore().update;
}

/**
 * The settings one frame late: they change only after the frame that shows the new price has
 * been painted, and as a transition, which the next key press interrupts. The balance, the table,
 * the chart and the comparison follow them, so a key press renders only the controls and the
 * price: with them in the key press's render, the price was painted at p50 100 ms instead of 39
 * (4× CPU, npm run bench, 2026-12-06; docs/performance.md). useDeferredValue starts its render before that
 * frame when the main thread looks free, and on a throttled phone that render held the price's
 * frame back.
 */
export function useSettledSettings(): ExplorerState {
  const late = settledStore(useExplorerStore());
  const [settled, setSettled] = useState(late.getState);
  useEffect(() => {
    setSettled(late.getState());
    return late.subscribe(setSettled);
  }, [late]);
  return settled;
}

const settledStores = new WeakMap<ExplorerStore, Store<ExplorerState>>();

/**
 * A store that follows `store` a frame after each change (the last of a run of changes). One per
 * store, so that every part that follows it renders in the same transition.
 */
function settledStore(store: ExplorerStore): Store<ExplorerState> {
  const known = settledStores.get(store);
  if (known) return known;
  const settled = createStore(store.getState());
  let frame = 0;
  let timer = 0;
  store.subscribe(() => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
    frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => settled.setState(store.getState())), 0);
    });
  });
  settledStores.set(store, settled);
  return settled;
}

/**
 * One of the engine's answers (`quoteCost`, `quoteBalance`, `quotePlan`, `priceGrid`) for a
 * state's schedule and priced settings, computed again only when one of those changes. The memo
 * keys are the settings table's priced keys, so a new priced setting is one of them.
 */
export function useEngine<T>(answer: (schedule: PriceSchedule, input: PriceInput) => T, state: ExplorerState): T {
  // The dependencies are the priced settings' values, not the state object, which every change replaces.
  return useMemo(() => answer(state.schedule, pricedSettings(state)), [answer, state.schedule, ...PRICED_KEYS.map((key) => state[key])]);
}
