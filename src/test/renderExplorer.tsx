import { act, fireEvent, render, screen } from "@testing-library/react";
import { Explorer } from "../explorer/Explorer";
import { LatePartsContext } from "../explorer/lateParts";
import { PARTS_AFTER_PAINT } from "../explorer/partsAfterPaint";
import { DEFAULT_STATE, type StatePatch } from "../settings/settings";
import { createExplorerStore } from "../state/explorerStore";
import { ExplorerStoreContext } from "../state/hooks";

/**
 * The standalone explorer in a store of its own, once its lazily loaded parts (balance, table,
 * chart) have arrived. `changes` lists the states the store went through.
 */
export async function renderExplorer(initial: StatePatch = {}) {
  const store = createExplorerStore({ ...DEFAULT_STATE, ...initial });
  const changes: StatePatch[] = [];
  store.subscribe((state) => changes.push(state));
  const result = render(
    <ExplorerStoreContext value={store}>
      <LatePartsContext value={PARTS_AFTER_PAINT}>
        <Explorer />
      </LatePartsContext>
    </ExplorerStoreContext>,
  );
  await screen.findByRole("table", { name: /by steps/ });
  await screen.findByRole("status", { name: "Images your balance buys" });
  return { ...result, store, changes };
}

/** Waits for the parts that follow the settings one frame late (balance, table, chart). */
export async function settle() {
  await act(async () => {
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5)));
  });
}

/**
 * Moves a slider as a key press or a drag does, and waits for the frame after, when the
 * balance, the table and the chart take the new value.
 */
export async function slide(slider: HTMLElement, value: number) {
  fireEvent.change(slider, { target: { value: String(value) } });
  await settle();
}
