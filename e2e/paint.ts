// What is painted, not what is in the DOM: computed colours, contrast, and pixels read back
// from screenshots.
import type { BrowserContext, Locator, Page } from "@playwright/test";

export type Rgb = readonly [number, number, number];

/** A computed CSS colour ("rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)" or "#rrggbb"); null for none or transparent. */
export function parseColour(text: string): Rgb | null {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(text.trim());
  if (hex) return [1, 2, 3].map((i) => Number.parseInt(hex[i] ?? "0", 16)) as unknown as Rgb;
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(text.trim());
  if (!rgb) return null;
  if (rgb[4] !== undefined && Number(rgb[4]) === 0) return null;
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
}

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function lab(colour: Rgb): [number, number, number] {
  const [r, g, b] = colour.map(linear) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference: about 2.3 is just noticeable, 20 is plainly another colour. */
export function colourDistance(a: Rgb, b: Rgb): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

export async function computed(locator: Locator, property: string): Promise<string> {
  return locator.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
}

/** The computed colours of a property on every element the locator finds. */
export async function computedAll(locator: Locator, property: string): Promise<string[]> {
  return locator.evaluateAll((els, p) => els.map((el) => getComputedStyle(el).getPropertyValue(p)), property);
}

/**
 * How many pixels of a PNG lie within `tolerance` (per channel) of each colour. Decoded by a
 * canvas in a blank page of the same browser, so no image library is needed and the page under
 * test is left alone.
 */
export async function countPixels(
  context: BrowserContext,
  png: Buffer,
  colours: readonly Rgb[],
  tolerance = 24,
): Promise<number[]> {
  const decoder = await context.newPage();
  try {
    return await decoder.evaluate(
      async ({ base64, colours, tolerance }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext("2d");
        if (!context) throw new Error("no 2d context");
        context.drawImage(bitmap, 0, 0);
        const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
        const counts = colours.map(() => 0);
        for (let i = 0; i < data.length; i += 4) {
          colours.forEach(([r = 0, g = 0, b = 0], k) => {
            if (
              Math.abs((data[i] ?? 0) - r) <= tolerance &&
              Math.abs((data[i + 1] ?? 0) - g) <= tolerance &&
              Math.abs((data[i + 2] ?? 0) - b) <= tolerance
            ) {
              counts[k] = (counts[k] ?? 0) + 1;
            }
          });
        }
        return counts;
      },
      { base64: png.toString("base64"), colours: colours.map((c) => [...c]), tolerance },
    );
  } finally {
    await decoder.close();
  }
}

/** A screenshot of the page around a box, grown by `margin` pixels on every side. */
export async function screenshotAround(page: Page, locator: Locator, margin: number): Promise<Buffer> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("the element has no box");
  return page.screenshot({
    clip: { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin },
    animations: "disabled",
  });
}
