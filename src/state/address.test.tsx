import { act, fireEvent, render, screen } from "@testing-library/react";
import { vi } from "vitest";
import { DREAMSTUDIO_2022 } from "../pricing/schedule2022";
import { StandaloneApp } from "../StandaloneApp";

describe("the URL of the standalone page", () => {
  afterEach(() => {
    vi.useRealTimers();
    window.history.replaceState(null, "", "/");
  });

  it("opens with the settings of a shared link", async () => {
    window.history.replaceState(null, "", "/?steps=10&height=768&count=2&view=images");
    render(<StandaloneApp schedules={[DREAMSTUDIO_2022]} />);
    expect(screen.getByRole("status", { name: "Credits per image" }).textContent).toBe("0.48");
    expect(screen.getByRole("status", { name: "Total credits" }).textContent).toBe("0.96");
    expect(await screen.findByRole("radio", { name: "Images" })).toBeChecked();
  });

  it("follows the settings with replaceState, keeping other parameters, without adding history", async () => {
    window.history.replaceState(null, "", "/?utm=docs&steps=abc");
    const length = window.history.length;
    vi.useFakeTimers();
    render(<StandaloneApp schedules={[DREAMSTUDIO_2022]} />);
    fireEvent.change(screen.getByRole("slider", { name: "Steps" }), { target: { value: "75" } });
    fireEvent.change(screen.getByRole("slider", { name: "Width" }), { target: { value: "768" } });
    act(() => {
      vi.advanceTimersByTime(200);
    });
    // The code that writes the address loads with its first write.
    await vi.dynamicImportSettled();
    expect(window.location.search).toBe("?utm=docs&steps=75&width=768");
    expect(window.history.length).toBe(length);
  });

  it("rewrites out-of-range values in the opening URL to what it shows", async () => {
    window.history.replaceState(null, "", "/?steps=9999&balance=-4");
    vi.useFakeTimers();
    render(<StandaloneApp schedules={[DREAMSTUDIO_2022]} />);
    act(() => {
      vi.advanceTimersByTime(200);
    });
    await vi.dynamicImportSettled();
    expect(window.location.search).toBe("?steps=150&balance=0");
    expect(screen.getByRole("status", { name: "Credits per image" }).textContent).toBe("3.00");
  });
});
