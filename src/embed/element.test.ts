import { remToPixels } from "./element";

describe("the custom element's stylesheet", () => {
  it("turns rem into pixels, so the host's root font size cannot rescale it", () => {
    expect(remToPixels(".a{font-size:3rem;margin:.25rem;padding:calc(var(--s)*0.5rem)}")).toBe(
      ".a{font-size:48px;margin:4px;padding:calc(var(--s)*8px)}",
    );
  });

  it("leaves rem in class names alone, so that their rules still match (the table's phone sizes)", () => {
    const css = String.raw`@container heat not (width>=18.5rem){.\@max-\[18\.5rem\]\/heat\:w-8{width:2rem}.text-\[0\.625rem\]\/3{font-size:.625rem;margin:-0.5rem}}`;
    expect(remToPixels(css)).toBe(
      String.raw`@container heat not (width>=296px){.\@max-\[18\.5rem\]\/heat\:w-8{width:32px}.text-\[0\.625rem\]\/3{font-size:10px;margin:-8px}}`,
    );
  });

  it("leaves other units and words alone", () => {
    expect(remToPixels(".rem{width:2em;height:10px;--remote:1}")).toBe(".rem{width:2em;height:10px;--remote:1}");
  });
});
