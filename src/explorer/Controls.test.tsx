import { SDXL_1 } from "../pricing/schedulesAfter2022";
import { fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderExplorer } from "../test/renderExplorer";

const output = (name: string) => screen.getByRole("status", { name });
const field = (name: string) => screen.getByRole("textbox", { name });
const slider = (name: string) => screen.getByRole("slider", { name });

describe("the settings controls", () => {
  it("name every slider and its text field as the contract says, with ranges", async () => {
    await renderExplorer();
    // docs/accessibility.md: each slider's range, and a paired field with the same name (a textbox).
    const contract = [
      ["Steps", "10", "150", "1", "50"],
      ["Width", "512", "1024", "64", "512"],
      ["Height", "512", "1024", "64", "512"],
      ["Image count", "1", "10", "1", "1"],
    ] as const;
    const sliders = screen.getAllByRole("slider");
    expect(sliders).toHaveLength(contract.length);
    sliders.forEach((s, i) => expect(s).toHaveAccessibleName(contract[i]![0]));
    for (const [name, min, max, step, value] of contract) {
      const s = slider(name);
      expect([s.getAttribute("min"), s.getAttribute("max"), s.getAttribute("step")], name).toEqual([min, max, step]);
      expect(s).toHaveAccessibleName(name);
      expect(field(name)).toHaveAccessibleName(name);
      expect(field(name)).toHaveValue(value);
    }
    expect(field("Balance in credits")).toHaveValue("200");
  });

  it("moving the steps slider to 10 with 512 × 768 shows 0.48 credits and the printed 0.5", async () => {
    await renderExplorer({ height: 768 });
    fireEvent.change(slider("Steps"), { target: { value: "10" } });
    expect(output("Credits per image").textContent).toBe("0.48");
    expect(screen.getByText(/the table prints/).textContent).toBe("A published cell: the table prints 0.5.");
    expect(field("Steps")).toHaveValue("10");
  });

  it("announces useful values on the sliders", async () => {
    await renderExplorer({ width: 768, count: 1 });
    expect(slider("Width")).toHaveAttribute("aria-valuetext", "768 pixels");
    expect(slider("Height")).toHaveAttribute("aria-valuetext", "512 pixels");
    expect(slider("Steps")).toHaveAttribute("aria-valuetext", "50 steps");
    expect(slider("Image count")).toHaveAttribute("aria-valuetext", "1 image");
    fireEvent.change(slider("Image count"), { target: { value: "4" } });
    expect(slider("Image count")).toHaveAttribute("aria-valuetext", "4 images");
  });

  it("a typed value commits on Enter and updates the total", async () => {
    await renderExplorer();
    const user = userEvent.setup();
    await user.clear(field("Image count"));
    await user.type(field("Image count"), "4");
    expect(output("Total credits").textContent).toBe("1.00");
    await user.keyboard("{Enter}");
    expect(output("Total credits").textContent).toBe("4.00");
    expect(output("Total price").textContent).toBe("$0.04");
    expect(slider("Image count")).toHaveValue("4");
  });

  it("a typed value commits on blur", async () => {
    await renderExplorer();
    const user = userEvent.setup();
    await user.clear(field("Steps"));
    await user.type(field("Steps"), "100");
    await user.tab();
    expect(output("Credits per image").textContent).toBe("2.00");
  });

  it("clamps a value out of range on commit and says so", async () => {
    await renderExplorer();
    const user = userEvent.setup();
    await user.clear(field("Steps"));
    await user.type(field("Steps"), "999{Enter}");
    expect(field("Steps")).toHaveValue("150");
    expect(slider("Steps")).toHaveValue("150");
    expect(screen.getByText("999 is out of range or between values: using 150.")).toBeInTheDocument();
  });

  it("snaps a typed width to the nearest multiple of 64", async () => {
    await renderExplorer();
    const user = userEvent.setup();
    await user.clear(field("Width"));
    await user.type(field("Width"), "600{Enter}");
    expect(field("Width")).toHaveValue("576");
    expect(output("Credits per image").textContent).toBe("1.35");
  });

  it("keeps what the user typed when it is not a number, and the last value stays in force", async () => {
    await renderExplorer();
    const user = userEvent.setup();
    await user.clear(field("Steps"));
    await user.type(field("Steps"), "12x{Enter}");
    expect(field("Steps")).toHaveValue("12x");
    expect(field("Steps")).toHaveAttribute("aria-invalid", "true");
    expect(field("Steps")).toHaveAccessibleDescription("Type a whole number from 10 to 150.");
    expect(slider("Steps")).toHaveValue("50");
    expect(output("Credits per image").textContent).toBe("1.00");
  });

  it("Escape abandons a draft and shows the value in force again", async () => {
    await renderExplorer();
    const user = userEvent.setup();
    await user.clear(field("Steps"));
    await user.type(field("Steps"), "7{Escape}");
    expect(field("Steps")).toHaveValue("50");
  });

  it("keeps a partial entry such as '1.' while typing", async () => {
    await renderExplorer();
    const user = userEvent.setup();
    await user.clear(field("Image count"));
    await user.type(field("Image count"), "1.");
    expect(field("Image count")).toHaveValue("1.");
    expect(field("Image count")).not.toHaveAttribute("aria-invalid");
  });

  it("a quick pick sets a published size and swap turns it to landscape", async () => {
    await renderExplorer();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "512 × 1024" }));
    expect(slider("Width")).toHaveValue("512");
    expect(slider("Height")).toHaveValue("1024");
    expect(screen.getByRole("button", { name: "512 × 1024" })).toHaveAttribute("aria-pressed", "true");
    await user.click(screen.getByRole("button", { name: "Swap width and height" }));
    expect(slider("Width")).toHaveValue("1024");
    expect(slider("Height")).toHaveValue("512");
    expect(output("Credits per image").textContent).toBe("3.80");
  });

  // Was: under SDXL 1.0 at 640 × 640, "1024 × 1024" showed pressed, its one published column.
  it("presses no size pick where the size does not change the price, and the size set is another", async () => {
    await renderExplorer({ schedule: SDXL_1, width: 640, height: 640 });
    const pick = screen.getByRole("button", { name: "1024 × 1024" });
    expect(pick).toHaveAttribute("aria-pressed", "false");
    await userEvent.setup().click(pick);
    expect(slider("Width")).toHaveValue("1024");
    expect(pick).toHaveAttribute("aria-pressed", "false");
  });

  it("marks a size between the published ones as an estimate", async () => {
    await renderExplorer();
    fireEvent.change(slider("Width"), { target: { value: "640" } });
    expect(output("Credits per image").textContent).toBe("1.70");
    const note = screen.getByText((_, element) => element?.tagName === "SPAN" && element.textContent === "Estimate: between the published cells, interpolated.");
    expect(note).toHaveClass("text-warn");
  });
});
