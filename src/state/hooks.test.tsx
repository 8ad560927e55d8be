import { act, render, screen } from "@testing-library/react";
import { hundredths } from "../pricing/units";
import { DEFAULT_STATE } from "../settings/settings";
import { createExplorerStore, type ExplorerStore } from "./explorerStore";
import { ExplorerStoreContext, useSettings, useSettledSettings } from "./hooks";

/** Renders `probe` in a store, and counts its renders. */
function renderProbe(probe: () => string, store: ExplorerStore = createExplorerStore(DEFAULT_STATE)) {
  const renders = { count: 0 };
  function Probe() {
    renders.count += 1;
    return <p>{probe()}</p>;
  }
  render(
    <ExplorerStoreContext value={store}>
      <Probe />
    </ExplorerStoreContext>,
  );
  return { store, renders };
}

const nextFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5))));

describe("the store's hooks", () => {
  it("render a component again only when the slice it selects changes", () => {
    const { store, renders } = renderProbe(() => `steps ${useSettings((state) => state.steps)}`);
    expect(screen.getByText("steps 50")).toBeInTheDocument();
    act(() => store.update({ balance: hundredths(DEFAULT_STATE.balance + 100) }));
    expect(renders.count).toBe(1);
    act(() => store.update({ steps: 30 }));
    expect(screen.getByText("steps 30")).toBeInTheDocument();
    expect(renders.count).toBe(2);
  });

  it("give the settings a frame late: the last of several changes, after the frame that shows them", async () => {
    const { store } = renderProbe(() => `settled ${useSettledSettings().steps}`);
    act(() => {
      store.update({ steps: 20 });
      store.update({ steps: 21 });
    });
    expect(screen.getByText("settled 50")).toBeInTheDocument();
    await nextFrame();
    expect(screen.getByText("settled 21")).toBeInTheDocument();
  });

  it("say where they went wrong when no host gave a store", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<Orphan />)).toThrow("An explorer part rendered outside an ExplorerStoreContext.");
  });
});

function Orphan() {
  return <p>{useSettings((state) => state.steps)}</p>;
}
