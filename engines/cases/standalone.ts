// The standalone page in every engine: each control by keyboard and by pointer, the figures to
// the hundredth, the heatmap, the schedules, planning, and the share link's round trip.
import { expect, test } from "vitest";
import { wire } from "../driver.ts";
import { attrOf, becomes, countOf, present, seeText, seeValue, textOf } from "../expect.ts";
import { CURRENT_CELL, HEATMAP, checked, fill, loaded, location, out, radio, slider, tabTo, textbox, type Context } from "./common.ts";

export function standaloneCases(ctx: () => Context): void {
  test("the defaults: 512 × 512 at 50 steps, one image, 200 credits, 100 images wanted", async () => {
    const { d, origins } = ctx();
    await d.goto(origins.explorer);
    await seeText(d, out("Credits per image"), "1.00");
    await seeText(d, out("Total credits"), "1.00");
    await seeText(d, out("Total price"), "$0.01");
    await seeText(d, out("Images your balance buys"), "200");
    await loaded(d);
    await seeText(d, out("Credits needed"), "100.00");
    await seeText(d, out("Top-up needed"), "$0");
    await seeValue(d, textbox("Balance in credits"), "200");
    await seeValue(d, textbox("Images wanted"), "100");
    // The heatmap: six sizes by six step counts, each cell a button; the current one marked.
    await becomes("heatmap cells", () => countOf(d, { within: HEATMAP, role: "button" }), 36);
    await becomes("column headers", () =>
      d.evaluate((h, t) => h.findAll(t as never).map((el) => h.text(el.textContent)), wire({ within: HEATMAP, role: "columnheader" })),
      ["Steps", "512 × 512", "512 × 768", "512 × 1024", "768 × 768", "768 × 1024", "1024 × 1024"]);
    await becomes("row headers", () =>
      d.evaluate((h, t) => h.findAll(t as never).map((el) => h.text(el.textContent)), wire({ within: HEATMAP, role: "rowheader" })),
      ["10", "25", "50", "75", "100", "150"]);
    await becomes("marked cells", () => countOf(d, { within: HEATMAP, selector: '[aria-current="true"]' }), 1);
    await seeText(d, CURRENT_CELL, "1.0");
  });

  test("by keyboard: every slider, the balance, images wanted, a heatmap cell, the view, the theme", async () => {
    const { d, origins } = ctx();
    await d.goto(origins.explorer);
    await loaded(d);
    await d.click({ selector: "h1" });
    const steps = slider("Steps");
    await tabTo(d, steps);
    expect(await d.evaluate((h, t) => getComputedStyle(h.find(t as never)).outlineStyle, wire(steps))).toBe("solid");
    await d.press("ArrowLeft");
    await seeValue(d, steps, "49");
    await d.press("Home");
    await seeValue(d, steps, "10");
    await seeText(d, out("Credits per image"), "0.20");

    await tabTo(d, slider("Width"));
    await d.press("End");
    await seeValue(d, slider("Width"), "1024");
    await seeText(d, out("Credits per image"), "0.76");
    await tabTo(d, slider("Height"));
    await d.press("End");
    await seeValue(d, slider("Height"), "1024");
    await seeText(d, out("Credits per image"), "1.88");
    await tabTo(d, slider("Image count"));
    await d.press("ArrowRight");
    await seeValue(d, slider("Image count"), "2");
    await seeText(d, out("Total credits"), "3.76");
    await seeText(d, out("Total price"), "$0.0376");

    await tabTo(d, textbox("Balance in credits"));
    await d.evaluate((h, t) => (h.find(t as never) as HTMLInputElement).select(), wire(textbox("Balance in credits")));
    await d.type("1000");
    await d.press("Tab");
    await seeText(d, out("Images your balance buys"), "531");

    await tabTo(d, textbox("Images wanted"));
    await d.evaluate((h, t) => (h.find(t as never) as HTMLInputElement).select(), wire(textbox("Images wanted")));
    await d.type("1000");
    await d.press("Enter");
    await seeText(d, out("Credits needed"), "1,880.00");
    await seeText(d, out("Top-up needed"), "$10");

    // The marked cell (10 steps, 1024 × 1024); up a row and left a column, then Enter.
    await tabTo(d, { selector: 'td[aria-current="true"] button' });
    await d.press("ArrowDown");
    await d.press("ArrowLeft");
    await d.press("Enter");
    await seeText(d, out("Credits per image"), "3.30");
    await seeValue(d, slider("Steps"), "25");
    await seeValue(d, slider("Width"), "768");
    await seeValue(d, slider("Height"), "1024");
    await seeText(d, CURRENT_CELL, "3.3");

    // The view switch is a radio group: arrow keys move within it.
    await tabTo(d, radio("Credits"));
    await d.press("ArrowRight");
    await becomes("Images checked", () => checked(d, radio("Images")), true);
    await seeText(d, CURRENT_CELL, "303");
    await tabTo(d, radio("Auto"));
    await d.press("ArrowRight");
    await d.press("ArrowRight");
    await becomes("theme", () => attrOf(d, { selector: ".explorer-root" }, "data-theme"), "dark");
  });

  test("by pointer: sliders, fields, a heatmap cell, the schedule, the view and the theme", async () => {
    const { d, origins } = ctx();
    await d.goto(origins.explorer);
    await loaded(d);
    // A click near a slider's end puts it at that end.
    const box = (name: string) => d.evaluate((h, t) => {
      const r = h.find(t as never).getBoundingClientRect();
      return { width: r.width, height: r.height };
    }, wire(slider(name)));
    const steps = await box("Steps");
    await d.click(slider("Steps"), { x: steps.width - 2, y: steps.height / 2 });
    await seeValue(d, slider("Steps"), "150");
    await seeText(d, out("Credits per image"), "3.00");
    await d.click(slider("Steps"), { x: 2, y: steps.height / 2 });
    await seeValue(d, slider("Steps"), "10");
    const width = await box("Width");
    await d.click(slider("Width"), { x: width.width - 2, y: width.height / 2 });
    await seeValue(d, slider("Width"), "1024");
    const height = await box("Height");
    await d.click(slider("Height"), { x: height.width - 2, y: height.height / 2 });
    await seeValue(d, slider("Height"), "1024");
    await seeText(d, out("Credits per image"), "1.88");
    const count = await box("Image count");
    await d.click(slider("Image count"), { x: count.width - 2, y: count.height / 2 });
    await seeValue(d, slider("Image count"), "10");
    await seeText(d, out("Total credits"), "18.80");
    await seeText(d, out("Total price"), "$0.188");

    await fill(d, textbox("Balance in credits"), "100000");
    await seeText(d, out("Images your balance buys"), "53,191");
    await fill(d, textbox("Images wanted"), "60000");
    await seeText(d, out("Credits needed"), "112,800.00");
    await seeText(d, out("Top-up needed"), "$130");

    // The cell for 150 steps, 1024 × 1024.
    await d.click({ within: { within: HEATMAP, role: "row", nth: 6 }, role: "button", nth: 5 });
    await seeText(d, out("Credits per image"), "28.20");
    await seeValue(d, slider("Steps"), "150");
    await seeText(d, out("Images your balance buys"), "3,546");
    await becomes("marked cells", () => countOf(d, { within: HEATMAP, selector: '[aria-current="true"]' }), 1);

    await d.click(radio("Dollars"));
    await seeText(d, CURRENT_CELL, "$0.282");
    await d.click(radio("Images"));
    await seeText(d, CURRENT_CELL, "3,546");
    await d.click(radio("Dark"));
    await becomes("theme", () => attrOf(d, { selector: ".explorer-root" }, "data-theme"), "dark");
    await d.click(radio("Light"));
    await becomes("theme", () => attrOf(d, { selector: ".explorer-root" }, "data-theme"), "light");

    await d.select({ role: "combobox", name: "Price schedule" }, "2022-12");
    await seeText(d, out("Credits per image"), "9.49");
  });

  test("switching schedules reprices to the schedule's exact figures", async () => {
    const { d, origins } = ctx();
    await d.goto(`${origins.explorer}?steps=30&width=1024&height=1024&count=2`);
    await seeText(d, out("Credits per image"), "5.64");
    await present(d, { role: "combobox", name: "Price schedule" });
    await d.select({ role: "combobox", name: "Price schedule" }, "2022-12");
    await seeText(d, out("Credits per image"), "1.90");
    await seeText(d, out("Total credits"), "3.80");
    await seeText(d, out("Total price"), "$0.038");
    await d.select({ role: "combobox", name: "Price schedule" }, "sdxl-beta");
    await seeValue(d, slider("Width"), "896");
    await seeText(d, out("Credits per image"), "3.42");
    await d.select({ role: "combobox", name: "Price schedule" }, "sdxl");
    await seeText(d, out("Credits per image"), "1.60");
    await becomes("the address", async () => new URL(await location(d)).search, "?schedule=sdxl&steps=30&width=896&height=896&count=2");
  });

  test("planning: credits needed and the top-up in $10 steps", async () => {
    const { d, origins } = ctx();
    await d.goto(`${origins.explorer}?balance=200&wanted=500`);
    await seeValue(d, textbox("Images wanted"), "500");
    await seeText(d, out("Credits needed"), "500.00");
    await seeText(d, out("Top-up needed"), "$10");
    await fill(d, textbox("Images wanted"), "150");
    await seeText(d, out("Credits needed"), "150.00");
    await seeText(d, out("Top-up needed"), "$0");
    await fill(d, textbox("Steps"), "100");
    await fill(d, textbox("Images wanted"), "1234");
    await seeText(d, out("Credits needed"), "2,468.00");
    await seeText(d, out("Top-up needed"), "$30");
  });

  test("the share link: settings change the address in place, and the address reopens them", async () => {
    const { d, origins } = ctx();
    await d.goto(origins.explorer);
    await loaded(d);
    const before = await d.evaluate(() => history.length);
    await fill(d, textbox("Steps"), "75");
    await fill(d, textbox("Width"), "768");
    await fill(d, textbox("Height"), "1024");
    await fill(d, textbox("Image count"), "3");
    await fill(d, textbox("Balance in credits"), "500.25");
    await d.click(radio("Dollars"));
    await d.click(radio("Dark"));
    const address = await becomes("the address", async () => new URL(await location(d)).search,
      "?steps=75&width=768&height=1024&count=3&balance=500.25&view=usd&theme=dark");
    expect(await d.evaluate(() => history.length)).toBe(before);
    const figures = async () => Promise.all(
      ["Credits per image", "Total credits", "Total price", "Images your balance buys"].map((name) => textOf(d, out(name))),
    );
    await becomes("figures", figures, ["9.90", "29.70", "$0.297", "50"]);
    await d.goto(`${origins.explorer}${address}`);
    await becomes("figures, reopened", figures, ["9.90", "29.70", "$0.297", "50"]);
    await seeValue(d, textbox("Balance in credits"), "500.25");
    await becomes("Dollars checked", () => checked(d, radio("Dollars")), true);
    await becomes("theme", () => attrOf(d, { selector: ".explorer-root" }, "data-theme"), "dark");
    await seeText(d, CURRENT_CELL, "$0.099");
  });

  test("numbers and money read en-US whatever the browser's language tag (WebKit runs with LANG=C.UTF-8)", async () => {
    const { d, origins } = ctx();
    await d.goto(`${origins.explorer}?steps=10&balance=1000`);
    const language = await d.evaluate(() => navigator.language);
    if (d.engine === "webkit") expect(language).toBe("C");
    await seeText(d, out("Total price"), "$0.002");
    await seeText(d, out("Images your balance buys"), "5,000");
    await fill(d, textbox("Images wanted"), "100000");
    await seeText(d, out("Credits needed"), "20,000.00");
    await seeText(d, out("Top-up needed"), "$190");
  });
}
