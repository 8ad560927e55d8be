import { hundredths } from "../pricing/units";
import { DEFAULT_STATE } from "../settings/settings";
import { embedSnippet } from "./embedSnippet";

const BASE = "https://example.com/explorer/";
const state = { ...DEFAULT_STATE, steps: 30, width: 768, balance: hundredths(100_050), theme: "dark" as const };
const SRC = "https://example.com/explorer/index.html?embed=1&amp;steps=30&amp;width=768&amp;balance=1000.5&amp;theme=dark";
// 30 steps, which the 2022 table does not print: its table gains a row, and the Cost card's note
// says "Estimate." in a line. The default parts: in a docs column, the settings (440 px) beside
// the cost (182) and balance (266), above the table (477), 957 px with the padding and gaps; on a
// phone one column, 1,497 px.
const HEIGHT = "max(957px, min(1497px, (640px - 100vw) * 1000))";

describe("the embed code for each docs tool", () => {
  it("HTML: the iframe with the settings, sized, and embed.js after it", () => {
    expect(embedSnippet("HTML", state, BASE)).toBe(
      `<iframe data-pricing-explorer="" src="${SRC}" title="Credit pricing explorer" loading="lazy" style="display: block; width: 100%; height: ${HEIGHT}; border: 0; color-scheme: light"></iframe>\n` +
        '<script src="https://example.com/explorer/embed.js" async></script>',
    );
  });

  it("MkDocs: the same, which Python-Markdown passes through as it is", () => {
    expect(embedSnippet("MkDocs", state, BASE)).toBe(embedSnippet("HTML", state, BASE));
  });

  it("Docusaurus: a JSX style object, and embed.js in the config, which React does not move", () => {
    expect(embedSnippet("Docusaurus", state, BASE)).toBe(
      '{/* Once, in docusaurus.config.js: scripts: [{src: "https://example.com/explorer/embed.js", async: true}], */}\n' +
        `<iframe data-pricing-explorer="" src="${SRC}" title="Credit pricing explorer" loading="lazy" style={{display: "block", width: "100%", height: "${HEIGHT}", border: 0, colorScheme: "light"}}></iframe>`,
    );
  });

  it("VitePress: no script in the page, which Vue would drop; embed.js in the config's head", () => {
    expect(embedSnippet("VitePress", state, BASE)).toBe(
      '<!-- Once, in .vitepress/config: head: [["script", {src: "https://example.com/explorer/embed.js", async: ""}]], -->\n' +
        `<iframe data-pricing-explorer="" src="${SRC}" title="Credit pricing explorer" loading="lazy" style="display: block; width: 100%; height: ${HEIGHT}; border: 0; color-scheme: light"></iframe>`,
    );
  });

  it("Starlight: the HTML code, which Astro passes through in .md and .mdx pages, script included", () => {
    expect(embedSnippet("Starlight", state, BASE)).toBe(embedSnippet("HTML", state, BASE));
  });

  it("Sphinx (reST): the HTML code indented under a raw directive, which reST would print as text", () => {
    expect(embedSnippet("Sphinx (reST)", state, BASE)).toBe(
      ".. raw:: html\n" +
        "\n" +
        `   <iframe data-pricing-explorer="" src="${SRC}" title="Credit pricing explorer" loading="lazy" style="display: block; width: 100%; height: ${HEIGHT}; border: 0; color-scheme: light"></iframe>\n` +
        '   <script src="https://example.com/explorer/embed.js" async></script>',
    );
  });

  it("Sphinx (MyST): the HTML code in a fenced raw directive", () => {
    expect(embedSnippet("Sphinx (MyST)", state, BASE)).toBe(
      "```{raw} html\n" +
        `<iframe data-pricing-explorer="" src="${SRC}" title="Credit pricing explorer" loading="lazy" style="display: block; width: 100%; height: ${HEIGHT}; border: 0; color-scheme: light"></iframe>\n` +
        '<script src="https://example.com/explorer/embed.js" async></script>\n' +
        "```",
    );
  });

  it("reserves the height of the parts chosen: the price alone is 448 px in two columns, 662 in one", () => {
    // Settings beside the cost (440 px) in two columns, above it (440 + 12 + 202) in one, plus padding.
    expect(embedSnippet("HTML", { ...DEFAULT_STATE, parts: "cost" }, BASE)).toContain(
      "height: max(448px, min(662px, (640px - 100vw) * 1000))",
    );
  });

  it("escapes an address that would end the attribute", () => {
    expect(embedSnippet("HTML", DEFAULT_STATE, 'https://x.test/a"b<c>/')).toContain(
      'src="https://x.test/a%22b%3Cc%3E/index.html?embed=1"',
    );
  });
});
