import fc from "fast-check";
import { parseOrigin, readResizeHeight, resizeEnvelope } from "./protocol";

describe("the resize message", () => {
  it("wraps a height, rounded up, in the namespaced, versioned envelope", () => {
    expect(resizeEnvelope(1234.2)).toEqual({ pricingExplorer: { v: 1, type: "resize", height: 1235 } });
  });

  it("reads back the height of a well-formed message", () => {
    expect(readResizeHeight(resizeEnvelope(800))).toBe(800);
  });

  it.each([
    null, undefined, "resize", 42, [], {},
    { pricingExplorer: null },
    { pricingExplorer: { v: 2, type: "resize", height: 10 } },
    { pricingExplorer: { v: 1, type: "navigate", height: 10 } },
    { pricingExplorer: { v: 1, type: "resize", height: "10" } },
    { pricingExplorer: { v: 1, type: "resize", height: -1 } },
    { pricingExplorer: { v: 1, type: "resize", height: 10.5 } },
    { pricingExplorer: { v: 1, type: "resize", height: Number.NaN } },
    { pricingExplorer: { v: 1, type: "resize", height: 1e9 } },
    { type: "resize", height: 10 },
  ])("ignores %j", (data) => {
    expect(readResizeHeight(data)).toBeNull();
  });

  it("never throws on any value", () => {
    fc.assert(fc.property(fc.anything(), (data) => {
      const height = readResizeHeight(data);
      expect(height === null || (Number.isInteger(height) && height >= 0)).toBe(true);
    }));
  });
});

describe("the embedding page's origin", () => {
  it("reads a web origin", () => {
    expect(parseOrigin("https://docs.example:8443")).toBe("https://docs.example:8443");
  });

  it.each(["null", "*", "javascript:alert(1)", "https://docs.example/path", "file:///x", "docs.example"])(
    "refuses %j as an origin",
    (origin) => {
      expect(parseOrigin(origin)).toBeNull();
    },
  );

  it("gives back every http(s) origin unchanged, and refuses it with a path", () => {
    fc.assert(fc.property(fc.webUrl(), (address) => {
      const origin = new URL(address).origin;
      expect(parseOrigin(origin)).toBe(origin);
      expect(parseOrigin(`${origin}/x`)).toBeNull();
    }));
  });
});
