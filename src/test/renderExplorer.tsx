import { render } from "@testing-library/react";
import { useState } from "react";
import { Explorer } from "../explorer/Explorer";
import { DEFAULT_STATE, type ExplorerState, type StatePatch } from "../explorer/state";

/** The explorer with its state held in a component, as the standalone page holds it. */
export function renderExplorer(initial: StatePatch = {}) {
  const changes: StatePatch[] = [];
  function Harness() {
    const [state, setState] = useState<ExplorerState>({ ...DEFAULT_STATE, ...initial });
    return (
      <Explorer
        state={state}
        onChange={(patch) => {
          changes.push(patch);
          setState((s) => ({ ...s, ...patch }));
        }}
      />
    );
  }
  return { ...render(<Harness />), changes };
}
