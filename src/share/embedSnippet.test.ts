import { DEFAULT_STATE } from "../settings/settings";
import { hundredths } from "../pricing/units";
import { embedSnippet } from "./embedSnippet";

describe("the embed snippet", () => {
  it("is the contract's snippet with the settings that differ from the defaults", () => {
    const state = { ...DEFAULT_STATE, steps: 30, width: 768, balance: hundredths(100_050), theme: "dark" as const };
    expect(embedSnippet(state, "https://example.com/explorer/embed.js")).toBe(
      '<script src="https://example.com/explorer/embed.js" data-steps="30" data-width="768" data-balance="1000.5" data-theme="dark" async></script>',
    );
  });

  it("escapes the script address", () => {
    expect(embedSnippet(DEFAULT_STATE, 'https://x.test/a"b<c>/embed.js')).toBe(
      '<script src="https://x.test/a&quot;b&lt;c>/embed.js" async></script>',
    );
  });
});
