// Every card fits a phone's window, classic scrollbars included (Firefox lays a 375 px window out
// 363 px wide): no table cell ends past its card, nothing inside a card overflows its box.
import { expect, test } from "vitest";
import { hostPage } from "../servers.ts";
import { checked, loaded, radio, until, type Context } from "./common.ts";

/** Scrolls through the page so that every late part renders, then lists what does not fit. */
async function misfits(c: Context, view?: string) {
  const { d } = c;
  await loaded(d);
  if (view) {
    await d.click(radio(view));
    await until(`the ${view} view`, () => checked(d, radio(view)), (on) => on);
  }
  await d.evaluate(async () => {
    for (let y = 0; y <= document.documentElement.scrollHeight; y += 300) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  });
  // The comparison table is the last late part.
  await d.evaluate(async (h) => {
    for (let i = 0; i < 200 && h.findAll({ role: "table", name: /under each price schedule/ } as never).length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  return d.evaluate((h) => {
    const problems: string[] = [];
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? `.${el.className.split(" ").slice(0, 2).join(".")}` : ""} "${h.text(el.textContent).slice(0, 40)}"`;
    // Text for screen readers only (sr-only: a 1 px clipped box) is not laid out to be seen.
    const visuallyHidden = (el: Element, card: Element) => {
      for (let node: Element | null = el; node && node !== card; node = node.parentElement) {
        const style = getComputedStyle(node);
        const clipped = style.clip !== "auto" && style.clip !== "" || style.clipPath !== "none";
        if (clipped && node.getBoundingClientRect().width <= 1) return true;
      }
      return false;
    };
    const cards = [...document.querySelectorAll(".card")];
    if (cards.length === 0) problems.push("no cards");
    const tables = h.findAll({ role: "table" } as never).map((t) => h.name(t));
    for (const card of cards) {
      const edge = card.getBoundingClientRect().right;
      for (const el of card.querySelectorAll("*")) {
        if (el.closest("svg") || visuallyHidden(el, card)) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (el.matches("td, th") && box.right > edge + 0.5) problems.push(`${describe(el)} ends at ${box.right.toFixed(1)}, past its card's ${edge.toFixed(1)}`);
        // Table cells are buttons: their figures must fit them, not spill over the next cell.
        if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth) problems.push(`${describe(el)} scrolls: ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    return { problems, tables, width: root.clientWidth };
  });
}

export function fitCases(ctx: () => Context): void {
  for (const width of [320, 375]) {
    // Between published cells (30 steps, 640 × 1024) the table gains an estimate row and column,
    // with two-decimal figures: its narrowest columns, in each of its three views.
    test(`at ${width} px every table and card fits, no text cut, in each of the table's views`, async () => {
      const c = ctx();
      const { d, origins } = c;
      if (d.engine === "webkit") {
        // MiniBrowser's toolbar keeps its window wider than a phone: lay the page out in a frame
        // of the phone's width instead, the same viewport to the page.
        await d.setViewport(1280, 900);
        await d.goto(origins.page(hostPage(`<iframe style="display:block;border:0;width:${width}px;height:740px" src="${origins.explorer}?steps=30&width=640&height=1024"></iframe>`, "<style>body{margin:0}</style>")));
        await d.frame({ selector: "iframe" });
      } else {
        await d.setViewport(width, 740);
        await d.goto(`${origins.explorer}?steps=30&width=640&height=1024`);
      }
      try {
        const result = await misfits(c);
        expect(result.tables).toEqual(expect.arrayContaining([expect.stringMatching(/^Credits per image/), expect.stringMatching(/under each price schedule/)]));
        expect(result.problems).toEqual([]);
        for (const view of ["Images", "Dollars"]) expect((await misfits(c, view)).problems).toEqual([]);
        // Firefox lays the page out beside a classic 12 px scrollbar: the case this guards.
        if (d.engine === "firefox") expect(result.width).toBe(width - 12);
      } finally {
        await d.frame(null);
        await d.setViewport(1280, 900);
      }
    });
  }
}
