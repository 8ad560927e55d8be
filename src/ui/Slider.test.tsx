import { fireEvent, render, screen } from "@testing-library/react";
import { vi } from "vitest";
import { settle } from "../test/renderExplorer";
import { Slider } from "./Slider";

const toFives = (value: number) => Math.round(value / 5) * 5;
const stepsText = (value: number) => `${value} steps`;

function renderSlider(value = 50) {
  const onChange = vi.fn<(value: number) => void>();
  const view = render(
    <Slider aria-label="Steps" min={10} max={150} value={value} clamp={toFives} valueText={stepsText} onChange={onChange} />,
  );
  return { ...view, onChange, slider: screen.getByRole("slider", { name: "Steps" }) };
}

describe("a slider that answers in its own frame", () => {
  it("shows a move at once and reports only the latest value, after the next painted frame", async () => {
    const { slider, onChange } = renderSlider();
    fireEvent.change(slider, { target: { value: "61" } });
    fireEvent.change(slider, { target: { value: "72" } });
    expect(slider).toHaveValue("70");
    expect(slider).toHaveAttribute("aria-valuetext", "70 steps");
    expect(onChange).not.toHaveBeenCalled();
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith(70);
  });

  it("reports a move made after the last report as a new one", async () => {
    const { slider, onChange } = renderSlider();
    fireEvent.change(slider, { target: { value: "60" } });
    await settle();
    fireEvent.change(slider, { target: { value: "65" } });
    await settle();
    expect(onChange.mock.calls).toEqual([[60], [65]]);
  });

  it("follows its value when the setting changes elsewhere", () => {
    const { slider, rerender, onChange } = renderSlider(50);
    rerender(<Slider aria-label="Steps" min={10} max={150} value={100} clamp={toFives} valueText={stepsText} onChange={onChange} />);
    expect(slider).toHaveValue("100");
    expect(slider).toHaveAttribute("aria-valuetext", "100 steps");
  });

  it("drops a move that has not been reported when it is removed", async () => {
    const { slider, onChange, unmount } = renderSlider();
    fireEvent.change(slider, { target: { value: "60" } });
    unmount();
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });
});
