import { describe, expect, it } from "vitest";
import { placePriceBar, type BarScene } from "./placePriceBar";

// A 375 × 667 phone screen over the standalone page, whose Cost card is 287 px tall with its
// figures 72 px below its top; the bar is 34 px tall and keeps 8 px from its edge.
const PHONE = { top: 0, bottom: 667 };
const PAGE = { top: 0, bottom: 4000 };
const card = (top: number) => ({ card: { top, bottom: top + 287 }, figures: { top: top + 72, bottom: top + 239 } });
const scene = (part: Partial<BarScene>): BarScene => ({ screen: PHONE, explorer: PAGE, ...card(800), field: null, height: 34, margin: 8, ...part });

describe("placePriceBar", () => {
  it("shows no bar while no control is in use, wherever the figures are", () => {
    for (const top of [-400, 500, 800]) expect(placePriceBar(scene({ ...card(top), field: null }))).toBeNull();
  });

  it("shows no bar while the figures are all on the screen, a control in use or not", () => {
    expect(placePriceBar(scene({ ...card(300), field: { top: 100, bottom: 170 } }))).toBeNull();
  });

  it("shows no bar while the control in use is off the screen (the reader scrolled away from it)", () => {
    expect(placePriceBar(scene({ ...card(-400), field: { top: -700, bottom: -630 } }))).toBeNull();
  });

  it("a slider in use at the top, the Cost card below the screen: the bar at the foot, 8 px up", () => {
    expect(placePriceBar(scene({ field: { top: 8, bottom: 78 } }))).toEqual({ top: 625, bottom: 659 });
  });

  it("a slider in use at the foot, the Cost card below it: the bar at the top, clear of the slider", () => {
    expect(placePriceBar(scene({ field: { top: 589, bottom: 659 } }))).toEqual({ top: 8, bottom: 42 });
  });

  it("the Cost card's top on the screen and its totals below it, a slider at the top: the bar just above the card, never over it", () => {
    // At the foot it would cover the card, at the top the slider.
    expect(placePriceBar(scene({ ...card(567), field: { top: 8, bottom: 78 } }))).toEqual({ top: 525, bottom: 559 });
  });

  it("the Cost card partly above the screen, a field in use below it: the farther of the foot and the card's edge", () => {
    expect(placePriceBar(scene({ ...card(-200), field: { top: 300, bottom: 340 } }))).toEqual({ top: 625, bottom: 659 });
    expect(placePriceBar(scene({ ...card(-200), field: { top: 560, bottom: 600 } }))).toEqual({ top: 95, bottom: 129 });
  });

  it("in a frame whose end is on the host's screen, not over its last lines: at the top, though the field is nearer", () => {
    // Past bug: the bar sat over the table's source line, the frame's last text.
    const framed = scene({ screen: { top: 1000, bottom: 1667 }, explorer: { top: 0, bottom: 1500 }, ...card(200), field: { top: 1050, bottom: 1080 } });
    expect(placePriceBar(framed)).toEqual({ top: 1008, bottom: 1042 });
  });

  it("with the explorer's end in sight, at the foot only when no other place is clear", () => {
    // The card partly above the screen, a field below it: the foot, or just below the card.
    const field = { top: 100, bottom: 170 };
    expect(placePriceBar(scene({ explorer: { top: -1000, bottom: 709 }, ...card(-250), field }))).toEqual({ top: 625, bottom: 659 });
    expect(placePriceBar(scene({ explorer: { top: -1000, bottom: 708 }, ...card(-250), field }))).toEqual({ top: 45, bottom: 79 });
    // The field just below the card: no other place, so the foot after all, over the end.
    expect(placePriceBar(scene({ explorer: { top: -1000, bottom: 700 }, ...card(-250), field: { top: 20, bottom: 90 } }))).toEqual({ top: 625, bottom: 659 });
  });

  it("in a frame whose top is on the screen, a slider in use at the foot: the bar inside the frame's top", () => {
    const framed = scene({ screen: { top: -300, bottom: 367 }, explorer: { top: 0, bottom: 1600 }, ...card(500), field: { top: 290, bottom: 360 } });
    expect(placePriceBar(framed)).toEqual({ top: 8, bottom: 42 });
  });

  it("with no room clear of the card and the field, shows no bar rather than cover them", () => {
    expect(placePriceBar(scene({ screen: { top: 0, bottom: 60 }, field: { top: 0, bottom: 30 } }))).toBeNull();
  });
});
