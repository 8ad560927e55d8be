import { vi } from "vitest";
import { reportHeight } from "./reportHeight";

function boxOf(height: number): HTMLElement {
  const element = document.createElement("div");
  element.getBoundingClientRect = () => ({ height }) as DOMRect;
  return element;
}

describe("reporting the content height to the embedding page", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("posts the height, rounded up, to the given origin only, once per change", () => {
    let observed: ResizeObserverCallback = () => {};
    vi.stubGlobal(
      "ResizeObserver",
      class {
        constructor(callback: ResizeObserverCallback) {
          observed = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    const post = vi.fn();
    const element = boxOf(640.3);
    reportHeight(element, "https://docs.example", post);
    observed([], {} as ResizeObserver);
    element.getBoundingClientRect = () => ({ height: 900 }) as DOMRect;
    observed([], {} as ResizeObserver);
    expect(post.mock.calls).toEqual([
      [{ pricingExplorer: { v: 1, type: "resize", height: 641 } }, "https://docs.example"],
      [{ pricingExplorer: { v: 1, type: "resize", height: 900 } }, "https://docs.example"],
    ]);
  });

  it("falls back to DOM changes and window resizes without ResizeObserver", async () => {
    vi.stubGlobal("ResizeObserver", undefined);
    const post = vi.fn();
    const element = boxOf(500);
    const stop = reportHeight(element, "https://docs.example", post);
    element.getBoundingClientRect = () => ({ height: 720 }) as DOMRect;
    element.append(document.createElement("p"));
    await Promise.resolve();
    element.getBoundingClientRect = () => ({ height: 300 }) as DOMRect;
    window.dispatchEvent(new Event("resize"));
    stop();
    expect(post.mock.calls.map((call) => call[0].pricingExplorer.height)).toEqual([500, 720, 300]);
  });
});
