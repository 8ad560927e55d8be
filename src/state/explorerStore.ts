// The explorer's settings in one store. Each host makes its own (the page and the iframe from
// their address, the custom element from its attributes, a test from what it needs) and plugs in
// where settings come from and go to; components select the slice they show.
import { applyPatch, type ExplorerState, type StatePatch } from "../settings/settings";
import { createStore, type Store } from "./store";

export interface ExplorerStore extends Store<ExplorerState> {
  /** A change, kept within the ranges of the schedule it ends with. */
  update(patch: StatePatch): void;
}

export function createExplorerStore(initial: ExplorerState): ExplorerStore {
  const store = createStore(initial);
  return { ...store, update: (patch) => store.setState((state) => applyPatch(state, patch)) };
}
