import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderExplorer, settle, slide } from "../test/renderExplorer";
import { readBalanceText } from "./BalancePanel";

const output = (name: string) => screen.getByRole("status", { name });
const balance = () => screen.getByRole("textbox", { name: "Balance in credits" });

async function typeBalance(text: string) {
  const user = userEvent.setup();
  await user.clear(balance());
  await user.type(balance(), `${text}{Enter}`);
  await settle();
}

describe("the balance", () => {
  it("starts at the 200 free credits, which buy 200 default images", async () => {
    await renderExplorer();
    expect(balance()).toHaveValue("200");
    expect(output("Images your balance buys").textContent).toBe("200");
    expect(screen.getByText(/Across the DreamStudio 2022 table/).textContent).toBe(
      "Across the DreamStudio 2022 table, 200 credits buy between 1,000 and 7 images. " +
        "A new account’s 200 free credits bought 200 images at DreamStudio’s default of 512 × 512 at 50 steps.",
    );
  });

  it("200 credits at 0.48 per image buy 416 images, 208 generations of 2, 0.32 left over", async () => {
    await renderExplorer({ steps: 10, height: 768, count: 2 });
    expect(output("Images your balance buys").textContent).toBe("416");
    expect(screen.getByText(/generations of/).textContent).toBe(
      "At 0.48 credits each: 208 generations of 2, with 0.32 credits left over.",
    );
  });

  it("goes back to the 200 free credits after a top-up", async () => {
    await renderExplorer();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Add $10 (+1,000 credits)" }));
    await settle();
    expect(balance()).toHaveValue("1200");
    await user.click(screen.getByRole("button", { name: "Reset to 200 free credits" }));
    await settle();
    expect(balance()).toHaveValue("200");
    expect(output("Images your balance buys").textContent).toBe("200");
  });

  it("a typed balance of 0.6 buys 3 images at 0.2, exactly", async () => {
    await renderExplorer({ steps: 10 });
    await typeBalance("0.6");
    expect(output("Images your balance buys").textContent).toBe("3");
    // Exactly: 3 × 0.20 is the whole balance, with nothing left over.
    expect(screen.getByText(/generations of/).textContent).toBe(
      "At 0.20 credits each: 3 generations of 1, with 0.00 credits left over.",
    );
  });

  it("rounds a balance down to the hundredth and says so", async () => {
    await renderExplorer();
    await typeBalance("12.349");
    expect(balance()).toHaveValue("12.34");
    expect(screen.getByText("Rounded down to the hundredth: 12.34.")).toBeInTheDocument();
    expect(output("Images your balance buys").textContent).toBe("12");
  });

  it("refuses -1e309 with a clear message, keeps the text and the balance in force", async () => {
    await renderExplorer();
    await typeBalance("-1e309");
    expect(balance()).toHaveValue("-1e309");
    expect(balance()).toHaveAccessibleDescription("That number is too large to use.");
    expect(output("Images your balance buys").textContent).toBe("200");
  });

  it("clamps a negative balance to 0, which buys no images", async () => {
    await renderExplorer();
    await typeBalance("-5");
    expect(balance()).toHaveValue("0");
    expect(output("Images your balance buys").textContent).toBe("0");
  });

  it("clamps a huge balance to 10,000,000 credits", async () => {
    await renderExplorer();
    await typeBalance("1e12");
    expect(balance()).toHaveValue("10000000");
    expect(screen.getByText("10,000,000 credits is the most: using that.")).toBeInTheDocument();
    expect(output("Images your balance buys").textContent).toBe("10,000,000");
  });

  it("adds $10 as 1,000 credits", async () => {
    await renderExplorer();
    await userEvent.setup().click(screen.getByRole("button", { name: "Add $10 (+1,000 credits)" }));
    await settle();
    expect(balance()).toHaveValue("1200");
    expect(output("Images your balance buys").textContent).toBe("1,200");
  });
});

describe("reading a typed balance", () => {
  it.each([
    ["", "Type a balance in credits, such as 200 or 12.50."],
    ["abc", "Type a balance in credits, such as 200 or 12.50."],
    ["1,000", "Use digits with a dot for decimals and no thousands separators, such as 1000.50."],
    ["1 000", "Use digits with a dot for decimals and no thousands separators, such as 1000.50."],
    ["1e309", "That number is too large to use."],
    ["0x20", "Type a balance in credits, such as 200 or 12.50."],
  ])("refuses %j: %s", (text, error) => {
    expect(readBalanceText(text)).toEqual({ ok: false, error });
  });

  it("accepts plain numbers, with a note where it changed them", async () => {
    expect(readBalanceText("1e3")).toEqual({ ok: true, value: 100_000, note: null });
    expect(readBalanceText("20000000")).toEqual({
      ok: true,
      value: 1_000_000_000,
      note: "10,000,000 credits is the most: using that.",
    });
  });
});

describe("planning a purchase", () => {
  const wanted = () => screen.getByRole("textbox", { name: "Images wanted" });

  async function typeWanted(text: string) {
    const user = userEvent.setup();
    await user.clear(wanted());
    await user.type(wanted(), `${text}{Enter}`);
    await settle();
  }

  it("100 images at 1.00 need 100 credits, which the 200 free credits cover", async () => {
    await renderExplorer();
    expect(wanted()).toHaveValue("100");
    expect(output("Credits needed").textContent).toBe("100.00");
    expect(output("Top-up needed").textContent).toBe("$0");
    expect(screen.getByText(/The balance covers them/).textContent).toBe("The balance covers them, with 100.00 credits to spare.");
  });

  it("2,500 images at 0.48 need 1,200 credits: $10 buys the 1,000 that 200 lack", async () => {
    await renderExplorer({ steps: 10, height: 768 });
    await typeWanted("2500");
    expect(output("Credits needed").textContent).toBe("1,200.00");
    expect(output("Top-up needed").textContent).toBe("$10");
    expect(screen.getByText(/credits, for the/).textContent).toBe("1,000 credits, for the 1,000.00 missing.");
  });

  it("one more image than $10 covers takes $20", async () => {
    await renderExplorer({ steps: 10, height: 768 });
    await typeWanted("2501");
    expect(output("Credits needed").textContent).toBe("1,200.48");
    expect(output("Top-up needed").textContent).toBe("$20");
  });

  it("follows the settings: 500 images at 100 steps, 512 × 512 need 1,000 credits", async () => {
    await renderExplorer({ wanted: 500 });
    await slide(screen.getByRole("slider", { name: "Steps" }), 100);
    expect(output("Credits needed").textContent).toBe("1,000.00");
    expect(output("Top-up needed").textContent).toBe("$10");
  });

  it("keeps bad input as typed, says what to type, and keeps the last good number", async () => {
    await renderExplorer();
    await typeWanted("lots");
    expect(wanted()).toHaveValue("lots");
    expect(wanted()).toHaveAccessibleDescription("Type a whole number from 1 to 1,000,000.");
    expect(output("Credits needed").textContent).toBe("100.00");
  });

  it.each([
    ["0", "1", "0 is out of range or between values: using 1."],
    ["2e6", "1000000", "2e6 is out of range or between values: using 1,000,000."],
    ["12.5", "13", "12.5 is out of range or between values: using 13."],
  ])("brings %j into range with a note", async (typed, kept, note) => {
    await renderExplorer();
    await typeWanted(typed);
    expect(wanted()).toHaveValue(kept);
    expect(screen.getByText(note)).toBeInTheDocument();
  });
});
