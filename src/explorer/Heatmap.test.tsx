import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderExplorer, settle, slide } from "../test/renderExplorer";

const table = () => screen.getByRole("table", { name: /by steps/ });
const currentCells = () => within(table()).getAllByRole("cell").filter((c) => c.getAttribute("aria-current") === "true");

describe("the heatmap", () => {
  it("prints the published table with the contract's headers", async () => {
    await renderExplorer();
    expect(table()).toHaveAccessibleName(/^Credits per image/);
    expect(within(table()).getAllByRole("columnheader").map((h) => h.textContent)).toEqual([
      "Steps", "512 × 512", "512 × 768", "512 × 1024", "768 × 768", "768 × 1024", "1024 × 1024",
    ]);
    expect(within(table()).getAllByRole("rowheader").map((h) => h.textContent)).toEqual([
      "10", "25", "50", "75", "100", "150",
    ]);
    // Every row of the published table (reference/pricing-facts.md), not only the first and last.
    const rows = within(table()).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getAllByRole("cell").map((c) => c.textContent))).toEqual([
      ["0.2", "0.5", "0.8", "0.9", "1.3", "1.9"],
      ["0.5", "1.2", "1.9", "2.3", "3.3", "4.7"],
      ["1.0", "2.4", "3.8", "4.6", "6.6", "9.4"],
      ["1.5", "3.6", "5.7", "6.9", "9.9", "14.1"],
      ["2.0", "4.8", "7.6", "9.2", "13.2", "18.8"],
      ["3.0", "7.2", "11.4", "13.8", "19.8", "28.2"],
    ]);
  });

  it("marks the cells where the balance buys the images wanted, in text as well as with a dot", async () => {
    await renderExplorer();
    // The dot is the button's ::after, drawn by these classes; the text is its description.
    const DOT = ["after:absolute", "after:top-1", "after:right-1", "after:size-1.5", "after:rounded-full", "after:bg-current"];
    const dotted = (button: HTMLElement) => DOT.every((c) => button.classList.contains(c));
    const undotted = (button: HTMLElement) => !button.className.split(/\s+/).some((c) => c.startsWith("after:"));
    const marks = (button: HTMLElement) => {
      const description = button.getAttribute("aria-describedby") === null ? "" : button.ownerDocument.getElementById(button.getAttribute("aria-describedby")!)?.textContent;
      if (dotted(button) && description === "Within budget for 100 images.") return "y";
      if (undotted(button) && button.getAttribute("aria-describedby") === null) return ".";
      return "?";
    };
    // 200 credits for 100 images: every published cell at 2.0 credits or less (pricing-facts.md).
    expect(within(table()).getAllByRole("row").slice(1).map((row) => within(row).getAllByRole("button").map(marks).join(""))).toEqual([
      "yyyyyy", "yyy...", "y.....", "y.....", "y.....", "......",
    ]);
    expect(within(table()).getByRole("button", { name: "2.0" })).toHaveAccessibleDescription("Within budget for 100 images.");
    expect(within(table()).getByRole("button", { name: "2.4" })).not.toHaveAccessibleDescription();
    expect(screen.getByText(/^Dotted:/).textContent).toBe(
      "Dotted: the balance buys the 100 images wanted there (12 of 36 cells).Within budget for 100 images.",
    );
  });

  it("marks exactly the cell of the current settings", async () => {
    await renderExplorer();
    expect(currentCells()).toHaveLength(1);
    expect(currentCells()[0]?.textContent).toBe("1.0");
    // The defaults' cell: the 50-step row, the 512 × 512 column.
    const row = currentCells()[0]!.closest("tr")!;
    expect(within(row).getByRole("rowheader").textContent).toBe("50");
    expect(within(row).getAllByRole("cell").indexOf(currentCells()[0]!)).toBe(0);
  });

  it("selects a cell's settings when it is clicked, and moves the mark", async () => {
    await renderExplorer();
    const rows = within(table()).getAllByRole("row");
    await userEvent.setup().click(within(rows[1]!).getByRole("button", { name: "0.5" }));
    await settle();
    expect(screen.getByRole("status", { name: "Credits per image" }).textContent).toBe("0.48");
    expect(screen.getByRole("slider", { name: "Steps" })).toHaveValue("10");
    expect(screen.getByRole("slider", { name: "Height" })).toHaveValue("768");
    expect(currentCells()).toHaveLength(1);
    expect(currentCells()[0]?.textContent).toBe("0.5");
  });

  it("selects a cell with Enter and Space, and arrow keys move between cells", async () => {
    await renderExplorer();
    const user = userEvent.setup();
    const current = within(currentCells()[0]!).getByRole("button");
    current.focus();
    await user.keyboard("{ArrowRight}");
    await settle();
    expect(document.activeElement?.textContent).toBe("2.4");
    await user.keyboard("{Enter}");
    await settle();
    expect(screen.getByRole("status", { name: "Credits per image" }).textContent).toBe("2.40");
    await user.keyboard("{ArrowDown}");
    await settle();
    expect(document.activeElement?.textContent).toBe("3.6");
    await user.keyboard(" ");
    await settle();
    expect(screen.getByRole("slider", { name: "Steps" })).toHaveValue("75");
    expect(currentCells()[0]?.textContent).toBe("3.6");
    await user.keyboard("{ArrowUp}");
    expect(document.activeElement?.textContent).toBe("2.4");
    await user.keyboard("{ArrowLeft}");
    expect(document.activeElement?.textContent).toBe("1.0");
  });

  it("keeps only the current cell in the tab order", async () => {
    await renderExplorer();
    const focusable = within(table()).getAllByRole("button").filter((b) => b.tabIndex === 0);
    expect(focusable).toHaveLength(1);
    expect(focusable[0]?.textContent).toBe("1.0");
  });

  it("switches to the images a balance buys, and to dollars per image", async () => {
    await renderExplorer();
    const user = userEvent.setup();
    await user.click(screen.getByRole("radio", { name: "Images" }));
    await settle();
    expect(table()).toHaveAccessibleName("Images 200 credits buy, by steps and image size");
    const firstRow = within(table()).getAllByRole("row")[1]!;
    expect(within(firstRow).getAllByRole("cell").map((c) => c.textContent)).toEqual([
      "1,000", "416", "263", "217", "151", "106",
    ]);
    await user.click(screen.getByRole("radio", { name: "Dollars" }));
    await settle();
    expect(within(firstRow).getAllByRole("cell").map((c) => c.textContent)).toEqual([
      "$0.002", "$0.0048", "$0.0076", "$0.0092", "$0.0132", "$0.0188",
    ]);
  });

  it("adds an estimate column and row for settings between published cells", async () => {
    await renderExplorer({ steps: 30, width: 640, height: 1024 });
    const headers = within(table()).getAllByRole("columnheader").map((h) => h.textContent);
    expect(headers).toContain("640 × 1024 estimate");
    expect(within(table()).getAllByRole("rowheader").map((h) => h.textContent)).toContain("30 estimate");
    expect(currentCells()).toHaveLength(1);
    expect(currentCells()[0]?.textContent).toBe("3.16");
  });

  it("moves its estimate row and column with the settings instead of building them anew", async () => {
    await renderExplorer({ steps: 30, width: 640 });
    const estimateRow = () => within(table()).getByRole("rowheader", { name: /estimate/ });
    const estimateColumn = () => within(table()).getByRole("columnheader", { name: /estimate/ });
    const [row, column] = [estimateRow(), estimateColumn()];
    await slide(screen.getByRole("slider", { name: "Steps" }), 40);
    await slide(screen.getByRole("slider", { name: "Width" }), 832);
    await settle();
    expect(estimateRow()).toBe(row);
    expect(estimateRow().textContent).toBe("40 estimate");
    expect(estimateColumn()).toBe(column);
    expect(estimateColumn().textContent).toBe("832 × 512 estimate");
  });

  it("marks the published column for a landscape size", async () => {
    await renderExplorer({ width: 768, height: 512 });
    expect(currentCells()).toHaveLength(1);
    expect(currentCells()[0]?.textContent).toBe("2.4");
    const column = within(currentCells()[0]!.closest("tr")!).getAllByRole("cell").indexOf(currentCells()[0]!);
    expect(within(table()).getAllByRole("columnheader")[column + 1]?.textContent).toBe("512 × 768");
  });
});
