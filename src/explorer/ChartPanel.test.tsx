import { DREAMSTUDIO_2022 } from "../pricing/schedule2022";
import { act, render, screen } from "@testing-library/react";
import { vi } from "vitest";
import { hundredths } from "../pricing/units";
import { ChartPanel } from "./ChartPanel";

// Records when the chart's module (and with it Recharts) is first imported.
const chartCode = vi.hoisted(() => ({ loaded: false }));
vi.mock("./CostChart", async (importOriginal) => {
  chartCode.loaded = true;
  return importOriginal();
});

/** An IntersectionObserver that reports an intersection only when the test says so. */
function stubIntersectionObserver() {
  const observers: { callback: IntersectionObserverCallback; options: IntersectionObserverInit | undefined; targets: Element[] }[] = [];
  vi.stubGlobal(
    "IntersectionObserver",
    class {
      private readonly entry: (typeof observers)[number];
      constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
        this.entry = { callback, options, targets: [] };
        observers.push(this.entry);
      }
      observe(target: Element) {
        this.entry.targets.push(target);
      }
      unobserve() {}
      disconnect() {
        this.entry.targets = [];
      }
      takeRecords() {
        return [];
      }
    },
  );
  return {
    observers,
    /** Every observed element comes within the observer's margin of the viewport. */
    near() {
      for (const { callback, targets } of observers) {
        const entries = targets.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
        if (entries.length > 0) callback(entries, {} as IntersectionObserver);
      }
    },
  };
}

/** The points of an SVG path made of M and L commands. */
const points = (d: string | null | undefined) =>
  (d ?? "").split(/[ML]/).filter(Boolean).map((pair) => pair.split(",").map(Number) as [number, number]);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the cost chart", () => {
  it("loads its code once the page is idle, draws near the viewport one line per published size, the current settings marked", async () => {
    const viewport = stubIntersectionObserver();
    const { container } = render(
      <ChartPanel schedule={DREAMSTUDIO_2022} steps={75} perImage={hundredths(360)} sizeLabel="512 × 768" />,
    );
    const caption =
      "Credits per image against steps, for the published sizes. The dot marks 512 × 768 at 75 steps: 3.60 credits.";
    expect(screen.getByRole("figure")).toHaveAccessibleName(caption);

    // Away from the viewport: a placeholder, and the chart's code not imported before the page is
    // idle (here, at once: jsdom's page has loaded and has no requestIdleCallback). Then it is
    // imported, so that a print can draw it at once, but still not drawn.
    expect(viewport.observers).toHaveLength(1);
    expect(viewport.observers[0]?.options?.rootMargin).toBe("200px");
    expect(viewport.observers[0]?.targets).toHaveLength(1);
    expect(chartCode.loaded).toBe(false);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(chartCode.loaded).toBe(true);
    await act(async () => {
      await import("./CostChart");
    });
    expect(container.querySelector(".animate-pulse")).not.toBeNull();
    expect(container.querySelector(".recharts-wrapper")).toBeNull();
    expect(container.querySelector(".chart-marker")).toBeNull();

    // Within 200 px of it: the chart draws.
    act(() => viewport.near());
    await screen.findByText("1024 × 1024");
    expect(container.querySelector(".animate-pulse")).toBeNull();
    expect(container.querySelectorAll(".recharts-line")).toHaveLength(6);
    expect([...container.querySelectorAll(".recharts-legend-item-text")].map((e) => e.textContent)).toEqual([
      "512 × 512", "512 × 768", "512 × 1024", "768 × 768", "768 × 1024", "1024 × 1024",
    ]);

    // The mark: one dot, on the 512 × 768 line at 75 steps (3.6 credits in the published table),
    // where the x axis has its 75-step tick; and the caption still names those settings.
    const markers = container.querySelectorAll(".chart-marker");
    expect(markers).toHaveLength(1);
    const dot = [Number(markers[0]?.getAttribute("cx")), Number(markers[0]?.getAttribute("cy"))];
    const xTicks = [...container.querySelectorAll(".recharts-xAxis .recharts-cartesian-axis-tick-line")].map((t) =>
      Number(t.getAttribute("x1")),
    );
    expect(xTicks).toHaveLength(6); // 10, 25, 50, 75, 100, 150 steps
    expect(dot[0]).toBeCloseTo(xTicks[3]!, 6);
    // The 512 × 768 line's points, one every 5 steps from 10: 75 steps is the 14th.
    const line = points(container.querySelectorAll(".recharts-line path")[1]?.getAttribute("d"));
    expect(line).toHaveLength(29);
    expect(line[13]?.[0]).toBeCloseTo(dot[0]!, 6);
    expect(line[13]?.[1]).toBeCloseTo(dot[1]!, 6);
    expect(screen.getByRole("figure")).toHaveAccessibleName(caption);
  });

  // Issue 21: a print a moment after the price showed had an empty chart. The browser lays the
  // page out for paper as soon as the beforeprint handlers return: the chart must be there by then.
  it("is drawn within the beforeprint event once its code has loaded, though never near the viewport", async () => {
    stubIntersectionObserver();
    const { container } = render(<ChartPanel schedule={DREAMSTUDIO_2022} steps={75} perImage={hundredths(360)} sizeLabel="512 × 768" />);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await import("./CostChart");
    });
    expect(container.querySelector(".recharts-wrapper")).toBeNull();
    // Outside act: nothing flushes React's work but the handler itself.
    window.dispatchEvent(new Event("beforeprint"));
    expect(container.querySelectorAll(".recharts-line")).toHaveLength(6);
  });
});
