import { SDXL_1 } from "../pricing/schedulesAfter2022";
import { DEFAULT_STATE } from "../settings/settings";
import { createExplorerStore } from "./explorerStore";
import { createStore } from "./store";

describe("a store", () => {
  it("gives its state, takes a new one or a function of the old, and tells its listeners of each change", () => {
    const store = createStore({ n: 1 });
    const heard: [number, number][] = [];
    const stop = store.subscribe((state, previous) => heard.push([previous.n, state.n]));
    store.setState({ n: 2 });
    store.setState((state) => ({ n: state.n * 10 }));
    expect(store.getState()).toEqual({ n: 20 });
    expect(heard).toEqual([[1, 2], [2, 20]]);
    stop();
    store.setState({ n: 3 });
    expect(heard).toHaveLength(2);
  });

  it("tells nobody when the state stays the same object", () => {
    const store = createStore({ n: 1 });
    const listener = vi.fn();
    store.subscribe(listener);
    store.setState((state) => state);
    expect(listener).not.toHaveBeenCalled();
  });
});

describe("the explorer's store", () => {
  it("keeps every change within the ranges of the schedule it ends with", () => {
    const store = createExplorerStore(DEFAULT_STATE);
    store.update({ steps: 400, width: 700 });
    expect(store.getState()).toMatchObject({ steps: 150, width: 704 });
    // SDXL 1.0's sides run from 640 to 1536.
    store.update({ schedule: SDXL_1, width: 512 });
    expect(store.getState()).toMatchObject({ schedule: SDXL_1, steps: 150, width: 640, height: 640 });
    store.update({ width: 2000 });
    expect(store.getState()).toMatchObject({ width: 1536 });
  });
});
