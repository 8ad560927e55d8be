import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { Explorer } from "../explorer/Explorer";
import { applyPatch, DEFAULT_STATE, type ExplorerState, type StatePatch } from "../settings/settings";

/**
 * The explorer with its state held in a component, as the standalone page holds it, once its
 * lazily loaded parts (balance, table, chart) have arrived.
 */
export async function renderExplorer(initial: StatePatch = {}) {
  const changes: StatePatch[] = [];
  function Harness() {
    const [state, setState] = useState<ExplorerState>({ ...DEFAULT_STATE, ...initial });
    return (
      <Explorer
        state={state}
        onChange={(patch) => {
          changes.push(patch);
          setState((current) => applyPatch(current, patch));
        }}
      />
    );
  }
  const result = render(<Harness />);
  await screen.findByRole("table", { name: /by steps/ });
  await screen.findByRole("status", { name: "Images your balance buys" });
  return { ...result, changes };
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
