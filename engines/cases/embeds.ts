// The two ways a docs page embeds the explorer, on a host page of another origin: embed.js's
// self-sizing iframe with its theme messages, and the <pricing-explorer> custom element.
import { expect, test } from "vitest";
import { contrast, luminance, parseColour } from "../../e2e/paint.ts";
import { wire, type Driver, type Target } from "../driver.ts";
import { becomes, seeText, seeValue, styleOf, until } from "../expect.ts";
import { decodePng } from "../png.ts";
import { hostPage } from "../servers.ts";
import { DEFAULT_STATE } from "../../src/settings/settings.ts";
import { embedSnippet } from "../../src/share/embedSnippet.ts";
import { fill, out, theme, type Context } from "./common.ts";

const FRAME: Target = { selector: 'iframe[title="Credit pricing explorer"]' };
const ELEMENT: Target = { selector: "pricing-explorer" };

/** The iframe's height on the host page and its content's inside it, once they agree to 2 px. */
async function settledHeights(d: Driver): Promise<{ outer: number; inner: number }> {
  const read = async () => {
    await d.frame(null);
    const outer = await d.evaluate((h, t) => h.find(t as never).getBoundingClientRect().height, wire(FRAME));
    await d.frame(FRAME);
    const inner = await d.evaluate(() => Math.ceil(document.querySelector(".explorer-root")?.getBoundingClientRect().height ?? -1));
    return { outer, inner };
  };
  const heights = await until("the iframe should be as tall as its content", read, ({ outer, inner }) => inner > 0 && Math.abs(outer - inner) <= 2);
  await d.frame(null);
  return heights;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function embedCases(ctx: () => Context): void {
  test("embed.js: an iframe with the script's settings, sized to its content, resized when it grows", async () => {
    const { d, origins } = ctx();
    // One column of cards, as in a docs page's narrow column: an added table row adds height.
    await d.setViewport(500, 900);
    await d.goto(origins.page(hostPage(`<p>before</p><script src="${origins.explorer}embed.js" data-steps="30" data-count="2" async></script><p>after</p>`)));
    await until("the iframe", () => d.evaluate((h, t) => h.findAll(t as never).length, wire(FRAME)), (n) => n === 1);
    const src = new URL(await d.evaluate((h, t) => h.find(t as never).getAttribute("src") ?? "", wire(FRAME)));
    expect([...src.searchParams]).toEqual([["steps", "30"], ["count", "2"], ["embed", "1"], ["origin", origins.host]]);
    await d.evaluate((h, t) => h.find(t as never).scrollIntoView(), wire(FRAME));
    await d.frame(FRAME);
    await seeText(d, out("Credits per image"), "0.60");
    await seeText(d, out("Total credits"), "1.20");
    await seeText(d, out("Total price"), "$0.012");
    await until("the table", () => d.evaluate((h) => h.findAll({ role: "table", name: /by steps/ } as never).length), (n) => n === 1);
    const first = await settledHeights(d);

    // 30 steps is no row of the published table, so it has an estimate row; at 50 it goes, and
    // the frame shrinks; at 64 an estimate row comes back, and the frame grows with it.
    await d.frame(FRAME);
    await fill(d, { role: "textbox", name: "Steps" }, "50");
    await seeText(d, out("Credits per image"), "1.00");
    await d.frame(null);
    const shrunk = await until("the iframe should shrink", () => settledHeights(d), ({ outer }) => outer < first.outer);
    await d.frame(FRAME);
    await fill(d, { role: "textbox", name: "Steps" }, "64");
    await seeText(d, out("Credits per image"), "1.28");
    await until("the estimate row", () => d.evaluate((h) => h.findAll({ role: "rowheader", name: "64 estimate" } as never).length), (n) => n === 1);
    await d.frame(null);
    const grown = await until("the iframe should grow", () => settledHeights(d), ({ outer }) => outer > shrunk.outer);
    expect(grown.outer).toBe(first.outer);
    await d.setViewport(1280, 900);
  });

  test("embed.js: theme messages come only from the parent page at its origin; a stranger frame's are ignored", async () => {
    const { d, origins } = ctx();
    // A frame on another origin (127.0.0.1 rather than localhost) that messages the explorer's
    // frame and the host page, then tells the host page it has.
    const stranger = origins.page(
      `<script>
        const explorer = parent.frames[0];
        explorer.postMessage({ pricingExplorer: { v: 1, type: "theme", theme: "light" } }, "*");
        parent.postMessage({ pricingExplorer: { v: 1, type: "resize", height: 40 } }, "*");
        parent.postMessage("stranger sent", "*");
      </script>`,
      "stranger.html",
    ).replace("localhost", "127.0.0.1");
    await d.goto(origins.page(hostPage(
      `<script src="${origins.explorer}embed.js" async></script>
       <script>
         window.strangerSent = false;
         addEventListener("message", (event) => { if (event.data === "stranger sent") window.strangerSent = true; });
         window.addStranger = (src) => { const f = document.createElement("iframe"); f.src = src; document.body.append(f); };
       </script>`,
    )));
    await d.frame(FRAME);
    await seeText(d, out("Credits per image"), "1.00");
    await becomes("theme", () => theme(d), "light");
    await d.frame(null);
    const before = await settledHeights(d);

    // The host page turns dark: embed.js tells the explorer, which follows.
    await d.evaluate(() => {
      document.body.style.background = "rgb(17, 17, 17)";
    });
    await d.frame(FRAME);
    await becomes("theme after the host turned dark", () => theme(d), "dark");
    const card = parseColour(await styleOf(d, { selector: "section.card", nth: 0 }, "background-color"));
    const text = parseColour(await styleOf(d, out("Credits per image"), "color"));
    expect(card && text && contrast(text, card)).toBeGreaterThanOrEqual(4.5);
    expect(card && luminance(card)).toBeLessThan(0.1);

    // A stranger frame says light, to the explorer and (as a resize) to the host: both ignore it.
    await d.frame(null);
    await d.evaluate((_h, src) => (window as unknown as { addStranger(s: string): void }).addStranger(src as never), stranger);
    await becomes("the stranger's messages sent", () => d.evaluate(() => (window as unknown as { strangerSent: boolean }).strangerSent), true);
    await sleep(500);
    await d.frame(FRAME);
    expect(await theme(d)).toBe("dark");
    await d.frame(null);
    expect((await settledHeights(d)).outer).toBe(before.outer);

    // The parent page itself, at the explorer's origin, is heard: light again.
    await d.evaluate((h, t) => {
      const frame = h.find(t as never) as HTMLIFrameElement;
      frame.contentWindow?.postMessage({ pricingExplorer: { v: 1, type: "theme", theme: "light" } }, new URL(frame.src).origin);
    }, wire(FRAME));
    await d.frame(FRAME);
    await becomes("theme after the parent's message", () => theme(d), "light");
  });

  test("the copied code on a dark page: the page's own background shows around the dark explorer, never a browser's backdrop", async () => {
    const { d, origins } = ctx();
    await d.setViewport(1280, 900);
    // As Docusaurus, VitePress, Material and Starlight do: color-scheme dark on the page. The frame
    // element and its document are light (src/index.css); were they not alike, Chromium and
    // Firefox would paint an opaque backdrop behind the transparent explorer.
    const code = embedSnippet("HTML", DEFAULT_STATE, origins.explorer);
    await d.goto(origins.page(hostPage(`<p>before</p>${code}`, "<style>html { color-scheme: dark } body { margin: 8px; background: rgb(27, 27, 29); color: rgb(227, 227, 227) }</style>")));
    await d.evaluate((h, t) => h.find(t as never).scrollIntoView(), wire(FRAME));
    await d.frame(FRAME);
    await seeText(d, out("Credits per image"), "1.00");
    await becomes("theme", () => theme(d), "dark");
    await d.frame(null);
    await settledHeights(d);
    const at = await d.evaluate((h, t) => {
      const box = h.find(t as never).getBoundingClientRect();
      return { x: Math.round((box.x + 2) * devicePixelRatio), y: Math.round((box.y + 2) * devicePixelRatio) };
    }, wire(FRAME));
    // The explorer's own padding, 2 px inside the frame's corner: the page, exactly.
    expect(decodePng(await d.screenshot()).at(at.x, at.y)).toEqual([27, 27, 29]);
  });

  test("embed.js: an explorer given another origin ignores the parent's theme messages", async () => {
    const { d, origins } = ctx();
    await d.goto(origins.page(hostPage(
      `<iframe title="Credit pricing explorer" src="${origins.explorer}index.html?embed=1&origin=${encodeURIComponent("http://other.test")}"></iframe>`,
    )));
    await d.frame(FRAME);
    await seeText(d, out("Credits per image"), "1.00");
    await d.frame(null);
    await d.evaluate((h, t) => {
      const frame = h.find(t as never) as HTMLIFrameElement;
      frame.contentWindow?.postMessage({ pricingExplorer: { v: 1, type: "theme", theme: "dark" } }, "*");
    }, wire(FRAME));
    await sleep(500);
    await d.frame(FRAME);
    // Still on its own setting, auto: the message was not taken.
    expect(await theme(d)).toBe("auto");
  });

  test("the custom element: attributes give the figures, and a change after load updates them", async () => {
    const { d, origins } = ctx();
    await d.goto(origins.page(hostPage(
      `<pricing-explorer steps="30" width="768" height="768" balance="1000"></pricing-explorer>`,
      `<script type="module" src="${origins.explorer}pricing-explorer.js"></script>`,
    )));
    const address = await d.evaluate(() => window.location.href);
    await seeText(d, out("Credits per image", ELEMENT), "2.76");
    await seeText(d, out("Images your balance buys", ELEMENT), "362");
    expect(await d.evaluate(() => document.querySelector("pricing-explorer")?.shadowRoot?.mode)).toBe("open");
    await fill(d, { role: "textbox", name: "Image count", within: ELEMENT }, "2");
    await seeText(d, out("Total credits", ELEMENT), "5.52");
    await d.evaluate(() => document.querySelector("pricing-explorer")?.setAttribute("steps", "150"));
    await seeText(d, out("Credits per image", ELEMENT), "13.80");
    await seeText(d, out("Total credits", ELEMENT), "27.60");
    await d.evaluate(() => document.querySelector("pricing-explorer")?.setAttribute("theme", "dark"));
    await becomes("theme", () => theme(d, ELEMENT), "dark");
    await d.evaluate(() => document.querySelector("pricing-explorer")?.setAttribute("balance", "not a number"));
    await seeValue(d, { role: "textbox", name: "Balance in credits", within: ELEMENT }, "200");
    // It never writes the host page's address.
    expect(await d.evaluate(() => window.location.href)).toBe(address);
  });

  test("the custom element: the host's CSS does not get in, and the element's does not get out", async () => {
    const { d, origins } = ctx();
    const hostile = `
      * { font: 30px serif !important; color: red !important; letter-spacing: 3px !important; text-transform: uppercase !important; }
      button, input, table, td, output { all: unset !important; border: 5px solid lime !important; }
      .card, .text-ink, .p-4, .explorer-root { background: hotpink !important; padding: 40px !important; }
      :root { --color-ink: red; --color-card: hotpink; --font-sans: serif; }`;
    await d.goto(origins.page(hostPage(
      `<p id="host-text" class="text-ink p-4">Host text</p><button id="host-button" class="rounded-lg border px-3">Host button</button>
       <pricing-explorer steps="30"></pricing-explorer>`,
      `<style>${hostile}</style><script type="module" src="${origins.explorer}pricing-explorer.js"></script>`,
    )));
    const perImage = out("Credits per image", ELEMENT);
    await seeText(d, perImage, "0.60");
    expect(await styleOf(d, perImage, "color")).toBe("rgb(20, 20, 43)");
    expect(await styleOf(d, perImage, "font-size")).toBe("36px");
    expect(await styleOf(d, perImage, "letter-spacing")).not.toBe("3px");
    expect(await styleOf(d, perImage, "text-transform")).toBe("none");
    const card: Target = { selector: "section.card", nth: 0, within: ELEMENT };
    expect(await styleOf(d, card, "background-color")).toBe("rgb(255, 255, 255)");
    expect(await styleOf(d, card, "padding-top")).toBe("12px");
    expect(await styleOf(d, { role: "slider", name: "Steps", within: ELEMENT }, "border-top-width")).toBe("0px");
    // The host keeps its own look and gets none of the element's styles.
    expect(await styleOf(d, { selector: "#host-text" }, "color")).toBe("rgb(255, 0, 0)");
    expect(await styleOf(d, { selector: "#host-text" }, "font-size")).toBe("30px");
    expect(await styleOf(d, { selector: "#host-button" }, "border-top-width")).toBe("5px");
    expect(await d.evaluate(() => [document.adoptedStyleSheets.length, document.querySelectorAll("style").length])).toEqual([0, 1]);
  });
}
