import { hundredths } from "../pricing/units";
import { DEFAULT_STATE } from "../settings/settings";
import { embedSnippet } from "./embedSnippet";

const BASE = "https://example.com/explorer/";
const state = { ...DEFAULT_STATE, steps: 30, width: 768, balance: hundredths(100_050), theme: "dark" as const };
const SRC = "https://example.com/explorer/index.html?embed=1&amp;steps=30&amp;width=768&amp;balance=1000.5&amp;theme=dark";
// The default parts: two columns of 1004 px in a docs column, one of 1554 px on a phone.
const HEIGHT = "max(1004px, min(1554px, (640px - 100vw) * 1000))";

describe("the embed code for each docs tool", () => {
  it("HTML: the iframe with the settings, sized, and embed.js after it", () => {
    expect(embedSnippet("HTML", state, BASE)).toBe(
      `<iframe data-pricing-explorer="" src="${SRC}" title="Credit pricing explorer" loading="lazy" style="display: block; width: 100%; height: ${HEIGHT}; border: 0"></iframe>\n` +
        '<script src="https://example.com/explorer/embed.js" async></script>',
    );
  });

  it("MkDocs: the same, which Python-Markdown passes through as it is", () => {
    expect(embedSnippet("MkDocs", state, BASE)).toBe(embedSnippet("HTML", state, BASE));
  });

  it("Docusaurus: a JSX style object, and embed.js in the config, which React does not move", () => {
    expect(embedSnippet("Docusaurus", state, BASE)).toBe(
      '{/* Once, in docusaurus.config.js: scripts: [{src: "https://example.com/explorer/embed.js", async: true}], */}\n' +
        `<iframe data-pricing-explorer="" src="${SRC}" title="Credit pricing explorer" loading="lazy" style={{display: "block", width: "100%", height: "${HEIGHT}", border: 0}}></iframe>`,
    );
  });

  it("VitePress: no script in the page, which Vue would drop; embed.js in the config's head", () => {
    expect(embedSnippet("VitePress", state, BASE)).toBe(
      '<!-- Once, in .vitepress/config: head: [["script", {src: "https://example.com/explorer/embed.js", async: ""}]], -->\n' +
        `<iframe data-pricing-explorer="" src="${SRC}" title="Credit pricing explorer" loading="lazy" style="display: block; width: 100%; height: ${HEIGHT}; border: 0"></iframe>`,
    );
  });

  it("reserves the height of the parts chosen: the price alone is 432 px in two columns, 646 in one", () => {
    // Settings beside the cost (424 px) in two columns, above it (424 + 12 + 202) in one, plus padding.
    expect(embedSnippet("HTML", { ...DEFAULT_STATE, parts: "cost" }, BASE)).toContain(
      "height: max(432px, min(646px, (640px - 100vw) * 1000))",
    );
  });

  it("escapes an address that would end the attribute", () => {
    expect(embedSnippet("HTML", DEFAULT_STATE, 'https://x.test/a"b<c>/')).toContain(
      'src="https://x.test/a%22b%3Cc%3E/index.html?embed=1"',
    );
  });
});
