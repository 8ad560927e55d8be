import fc from "fast-check";
import { DEFAULT_STATE } from "../explorer/state";
import { parseEmbedOptions, parseParam, parseState, STATE_PARAMS, writeState } from "./params";

const parse = (query: string) => parseState(new URLSearchParams(query));

describe("reading settings from a URL", () => {
  it("gives the defaults for an empty query", () => {
    expect(parse("")).toEqual(DEFAULT_STATE);
    expect(DEFAULT_STATE).toEqual({
      steps: 50, width: 512, height: 512, count: 1, balance: 20_000, view: "credits", theme: "auto",
    });
  });

  it("reads every parameter of a shared link", () => {
    expect(parse("steps=30&width=768&height=1024&count=4&balance=1234.56&view=usd&theme=dark"))
      .toEqual({
        steps: 30, width: 768, height: 1024, count: 4, balance: 123_456, view: "usd", theme: "dark",
      });
  });

  it("brings plain numbers out of range into it", () => {
    expect(parse("steps=1e3&width=600&height=-3&count=3.5&balance=12.349")).toMatchObject({
      steps: 150, width: 576, height: 512, count: 4, balance: 1234,
    });
    expect(parse("steps=9.4&count=0&balance=-1")).toMatchObject({ steps: 10, count: 1, balance: 0 });
  });

  it.each([
    "", " ", "abc", "0x20", "512px", "1,000", "1e309", "-1e309", "Infinity", "NaN", "1.2.3",
    "٥٠", "<script>alert(1)</script>", "%E0%A4%A", "7".repeat(5000) + "x",
  ])("gives every number parameter its default for %j", (bad) => {
    const q = new URLSearchParams();
    for (const key of ["steps", "width", "height", "count", "balance"]) q.set(key, bad);
    expect(parseState(q)).toEqual(DEFAULT_STATE);
  });

  it("lets the first of a repeated parameter count", () => {
    expect(parse("steps=25&steps=100").steps).toBe(25);
    expect(parse("steps=abc&steps=100").steps).toBe(50);
  });

  it("gives words outside their list the default, case included", () => {
    expect(parse("view=Images&theme=blue")).toMatchObject({ view: "credits", theme: "auto" });
    expect(parse("view=images&theme=light")).toMatchObject({ view: "images", theme: "light" });
  });

  it("survives percent-encoding errors in the query", () => {
    expect(parse("steps=%E0%A4%A&width=%%768")).toEqual(DEFAULT_STATE);
    expect(parse("steps=%37%35").steps).toBe(75);
  });

  it("ignores unknown parameters and never reads prices", () => {
    expect(parse("price=0&credits=0&foo=bar")).toEqual(DEFAULT_STATE);
  });

  it("keeps a huge balance within 10,000,000 credits", () => {
    expect(parse("balance=1e300").balance).toBe(1_000_000_000);
  });

  it("reads any string as an in-range value, for every parameter", () => {
    fc.assert(
      fc.property(fc.constantFrom(...STATE_PARAMS), fc.string({ unit: "grapheme" }), (key, raw) => {
        const value = parseParam(key, raw);
        const again = parseState(new URLSearchParams([[key, raw]]));
        expect(again[key]).toEqual(value);
        expect(parseState(writeState(again))).toEqual(again);
      }),
    );
  });
});

describe("writing settings into a URL", () => {
  it("writes only what differs from the defaults", () => {
    expect(writeState({ ...DEFAULT_STATE, steps: 30, balance: 123_456 as never }).toString())
      .toBe("steps=30&balance=1234.56");
    expect(writeState(DEFAULT_STATE).toString()).toBe("");
  });

  it("keeps parameters that are not settings, and replaces the settings", () => {
    const base = new URLSearchParams("embed=1&origin=https%3A%2F%2Fdocs.example&steps=10&steps=20");
    expect(writeState({ ...DEFAULT_STATE, steps: 75 }, base).toString())
      .toBe("embed=1&origin=https%3A%2F%2Fdocs.example&steps=75");
  });

  it("round-trips every state", () => {
    const state = {
      ...DEFAULT_STATE, steps: 150, width: 1024, height: 576, count: 10,
      balance: 1_000_000_000 as never, view: "images" as const, theme: "dark" as const,
    };
    expect(parseState(writeState(state))).toEqual(state);
  });
});

describe("embed options", () => {
  it("reads embed=1 and a web origin", () => {
    expect(parseEmbedOptions(new URLSearchParams("embed=1&origin=https://docs.example:8443")))
      .toEqual({ embed: true, origin: "https://docs.example:8443" });
  });

  it.each(["null", "*", "javascript:alert(1)", "https://docs.example/path", "file:///x", "docs.example"])(
    "refuses %j as an origin",
    (origin) => {
      expect(parseEmbedOptions(new URLSearchParams({ embed: "1", origin })).origin).toBeNull();
    },
  );

  it("is not an embed unless embed is exactly 1", () => {
    expect(parseEmbedOptions(new URLSearchParams("embed=true")).embed).toBe(false);
  });
});
