// Light and dark as painted: computed colours with their contrast, and the chart's lines read
// back from a screenshot, in both schemes. A chart that draws nothing fails here.
import { expect, test } from "vitest";
import { contrast, parseColour, type Rgb } from "../../e2e/paint.ts";
import { wire, type Driver, type Target } from "../driver.ts";
import { becomes, styleOf, until } from "../expect.ts";
import { countNear, decodePng } from "../png.ts";
import { loaded, out, theme, type Context } from "./common.ts";

function colour(text: string, what: string): Rgb {
  const parsed = parseColour(text);
  if (!parsed) throw new Error(`${what} has no colour: ${text}`);
  return parsed;
}

interface Chart {
  readonly strokes: string[];
  readonly lengths: number[];
  readonly box: { x: number; y: number; width: number; height: number };
  readonly ratio: number;
}

/** The chart's six lines once drawn: their computed strokes and lengths, and where the chart is. */
async function chart(d: Driver): Promise<Chart> {
  const figure: Target = { role: "figure" };
  await d.evaluate((h, t) => h.find(t as never).scrollIntoView({ block: "center" }), wire(figure));
  await until("the chart's six lines", () => d.evaluate(() => document.querySelectorAll(".recharts-line-curve").length), (n) => n === 6);
  // Recharts animates its lines in; wait until their lengths stop changing.
  let last = "";
  await until("the lines to finish drawing", async () => {
    const now = JSON.stringify(await d.evaluate(() => [...document.querySelectorAll<SVGPathElement>(".recharts-line-curve")].map((p) => Math.round(p.getTotalLength()))));
    const same = now === last;
    last = now;
    return same;
  }, (same) => same);
  return d.evaluate((h, t) => {
    const paths = [...document.querySelectorAll<SVGPathElement>(".recharts-line-curve")];
    const r = h.find(t as never).getBoundingClientRect();
    return {
      strokes: paths.map((p) => getComputedStyle(p).stroke),
      lengths: paths.map((p) => p.getTotalLength()),
      box: { x: r.x, y: r.y, width: r.width, height: r.height },
      ratio: devicePixelRatio,
    };
  }, wire(figure));
}

export function paintCases(ctx: () => Context): void {
  const seen: Partial<Record<"light" | "dark", string[]>> = {};
  for (const scheme of ["light", "dark"] as const) {
    test(`${scheme}: text contrast of at least 4.5:1, and the chart's six lines painted`, async () => {
      const { d, origins } = ctx();
      await d.goto(`${origins.explorer}?theme=${scheme}&steps=100`);
      await loaded(d);
      await becomes("theme", () => theme(d), scheme);
      const root: Target = { selector: ".explorer-root" };
      const background = colour(await styleOf(d, root, "background-color"), "the page");
      expect(background).toEqual(scheme === "light" ? [247, 247, 251] : [13, 15, 26]);
      const card = colour(await styleOf(d, { selector: "section.card", nth: 0 }, "background-color"), "a card");
      for (const name of ["Credits per image", "Total price", "Images your balance buys"]) {
        const text = colour(await styleOf(d, out(name), "color"), name);
        expect(contrast(text, card), `${name} on its card`).toBeGreaterThanOrEqual(4.5);
      }
      const body = colour(await styleOf(d, root, "color"), "the page's text");
      expect(contrast(body, background)).toBeGreaterThanOrEqual(4.5);

      const drawn = await chart(d);
      const strokes = drawn.strokes.map((s, i) => colour(s, `line ${i + 1}`));
      expect(drawn.lengths.every((length) => length > 50), `line lengths ${drawn.lengths.join(", ")}`).toBe(true);
      // Read back: every line's colour is on the screen, within the chart.
      const pixels = decodePng(await d.screenshot());
      const box = {
        x: drawn.box.x * drawn.ratio,
        y: drawn.box.y * drawn.ratio,
        width: drawn.box.width * drawn.ratio,
        height: drawn.box.height * drawn.ratio,
      };
      const counts = strokes.map((stroke) => countNear(pixels, box, stroke, 16));
      expect(counts.every((count) => count >= 10), `pixels of each line's colour: ${counts.join(", ")}`).toBe(true);
      seen[scheme] = drawn.strokes;
      if (seen.light && seen.dark) expect(seen.dark).not.toEqual(seen.light);
    });
  }
}
