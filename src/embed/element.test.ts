import { remToPixels } from "./element";

describe("the custom element's stylesheet", () => {
  it("turns rem into pixels, so the host's root font size cannot rescale it", () => {
    expect(remToPixels(".a{font-size:3rem;margin:.25rem;padding:calc(var(--s)*0.5rem)}")).toBe(
      ".a{font-size:48px;margin:4px;padding:calc(var(--s)*8px)}",
    );
  });

  it("leaves other units and words alone", () => {
    expect(remToPixels(".rem{width:2em;height:10px;--remote:1}")).toBe(".rem{width:2em;height:10px;--remote:1}");
  });
});
