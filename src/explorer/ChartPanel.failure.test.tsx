import { DREAMSTUDIO_2022 } from "../pricing/schedule2022";
import { render, screen } from "@testing-library/react";
import { vi } from "vitest";
import { hundredths } from "../pricing/units";
import { renderExplorer } from "../test/renderExplorer";
import { ChartPanel } from "./ChartPanel";

vi.mock("./CostChart", () => ({
  CostChart: () => {
    throw new Error("the chart library failed");
  },
}));

describe("when the chart fails", () => {
  it("shows a note in its place, reports once, and the page still prices images", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await renderExplorer({ steps: 10 });
    expect(await screen.findByText(/The chart could not be drawn/)).toBeInTheDocument();
    expect(screen.getByRole("status", { name: "Credits per image" }).textContent).toBe("0.20");
    const ours = errors.mock.calls.filter((call) => String(call[0]).startsWith("Pricing explorer:"));
    expect(ours).toHaveLength(1);
    expect(String(ours[0]?.[0])).toBe("Pricing explorer: the cost chart failed and is hidden.");
    errors.mockRestore();
  });

  it("does not take the figure caption with it", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    render(<ChartPanel schedule={DREAMSTUDIO_2022} steps={10} perImage={hundredths(20)} sizeLabel="512 × 512" />);
    await screen.findByText(/The chart could not be drawn/);
    expect(screen.getByRole("figure")).toHaveAccessibleName(/The dot marks 512 × 512 at 10 steps: 0.20 credits/);
  });
});
