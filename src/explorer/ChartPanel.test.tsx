import { DREAMSTUDIO_2022 } from "../pricing/schedule2022";
import { render, screen } from "@testing-library/react";
import { hundredths } from "../pricing/units";
import { ChartPanel } from "./ChartPanel";

describe("the cost chart", () => {
  it("loads lazily and draws one line per published size with the current settings marked", async () => {
    const { container } = render(
      <ChartPanel schedule={DREAMSTUDIO_2022} steps={75} perImage={hundredths(360)} sizeLabel="512 × 768" />,
    );
    expect(screen.getByRole("figure")).toHaveAccessibleName(
      "Credits per image against steps, for the published sizes. The dot marks 512 × 768 at 75 steps: 3.60 credits.",
    );
    await screen.findByText("1024 × 1024");
    expect(container.querySelectorAll(".recharts-line")).toHaveLength(6);
    expect(container.querySelectorAll(".chart-marker")).toHaveLength(1);
    expect([...container.querySelectorAll(".recharts-legend-item-text")].map((e) => e.textContent)).toEqual([
      "512 × 512", "512 × 768", "512 × 1024", "768 × 768", "768 × 1024", "1024 × 1024",
    ]);
  });
});
