import { fireEvent, render, screen } from "@testing-library/react";
import { ElementApp } from "./ElementApp";

const output = (name: string) => screen.getByRole("status", { name });

describe("the explorer inside <pricing-explorer>", () => {
  it("starts from its attributes", async () => {
    render(<ElementApp attributes={{ steps: "10", width: "512", height: "768", balance: "1000" }} />);
    expect(output("Credits per image").textContent).toBe("0.48");
    expect((await screen.findByRole("status", { name: "Images your balance buys" })).textContent).toBe("2,083");
  });

  it("falls back on malformed attributes", () => {
    const { container } = render(<ElementApp attributes={{ steps: "lots", width: "512px", count: "-1e309", theme: "neon" }} />);
    // docs/parameters.md: each falls back to its default, 50 steps, 512 wide, one image, theme auto.
    expect(screen.getByRole("slider", { name: "Steps" })).toHaveValue("50");
    expect(screen.getByRole("slider", { name: "Width" })).toHaveValue("512");
    expect(screen.getByRole("slider", { name: "Image count" })).toHaveValue("1");
    expect(container.querySelector(".explorer-root")).toHaveAttribute("data-theme", "auto");
    expect(output("Credits per image").textContent).toBe("1.00");
    expect(output("Total credits").textContent).toBe("1.00");
  });

  it("applies a changed attribute and keeps what the reader changed on the others", () => {
    const { rerender } = render(<ElementApp attributes={{ steps: "50" }} />);
    fireEvent.change(screen.getByRole("slider", { name: "Image count" }), { target: { value: "3" } });
    expect(output("Total credits").textContent).toBe("3.00");
    rerender(<ElementApp attributes={{ steps: "100" }} />);
    expect(output("Credits per image").textContent).toBe("2.00");
    expect(output("Total credits").textContent).toBe("6.00");
  });

  it("is compact: a named region with no page heading and no share buttons", () => {
    render(<ElementApp attributes={{}} />);
    expect(screen.getByRole("region", { name: "Credit pricing explorer" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { level: 1 })).toBeNull();
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      "Settings",
      "Cost",
      "Balance",
      "Published price table",
    ]);
    expect(screen.queryByRole("button", { name: "Copy link" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Copy embed code" })).toBeNull();
    expect(screen.queryByRole("combobox", { name: "Embed for" })).toBeNull();
  });
});
