import fc from "fast-check";
import { DREAMSTUDIO_2022 } from "../pricing/schedule2022";
import { DECEMBER_2022, SCHEDULES, SDXL_1, SDXL_BETA } from "../pricing/schedulesAfter2022";
import { hundredths } from "../pricing/units";
import { PARTS, partsShown } from "./parts";
import { parseState as parseWithSchedules, standaloneUrl, writeState } from "./query";
import { DEFAULT_STATE, HEATMAP_VIEWS, PARAMS, SCHEDULE_IDS, THEMES, type ExplorerState, type Param } from "./settings";

/** The custom element prices with every schedule; so do these tests. */
const parseState = (params: URLSearchParams) => parseWithSchedules(params, SCHEDULES);
const parse = (query: string) => parseState(new URLSearchParams(query));

const whole = (value: unknown, min: number, max: number) =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** Each parameter's range (docs/parameters.md), under a schedule's own ranges. */
const IN_RANGE: Record<Param, (value: unknown, state: ExplorerState) => boolean> = {
  schedule: (v) => (SCHEDULES as readonly unknown[]).includes(v),
  steps: (v) => whole(v, 10, 150),
  width: (v, state) => {
    const { min, max } = state.schedule.ranges.side;
    return whole(v, min, max) && (v as number) % 64 === 0;
  },
  height: (v, state) => {
    const { min, max } = state.schedule.ranges.side;
    return whole(v, min, max) && (v as number) % 64 === 0;
  },
  count: (v) => whole(v, 1, 10),
  balance: (v) => whole(v, 0, 1_000_000_000),
  wanted: (v) => whole(v, 1, 1_000_000),
  view: (v) => (HEATMAP_VIEWS as readonly unknown[]).includes(v),
  theme: (v) => (THEMES as readonly unknown[]).includes(v),
  parts: (v) => typeof v === "string" && (v === "" || v.split(",").every((p) => (PARTS as readonly string[]).includes(p))),
};

/** Text of every kind, numbers in and out of range and the listed words among it. */
const anyText = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.double().map(String),
  fc.integer().map(String),
  fc.integer({ min: -2000, max: 2000 }).map(String),
  fc.constantFrom("-0", "1e309", "-1e309", "600", "10.5", "1e3", "1600", "1000001", "0.4", ...HEATMAP_VIEWS, ...THEMES, ...SCHEDULE_IDS),
);

/** Any state a person can reach, under any schedule. */
const anyState = fc.constantFrom(...SCHEDULES).chain((schedule) => {
  const { min, max } = schedule.ranges.side;
  const side = fc.integer({ min: min / 64, max: max / 64 }).map((n) => n * 64);
  return fc.record({
    schedule: fc.constant(schedule),
    steps: fc.integer({ min: 10, max: 150 }),
    width: side,
    height: side,
    count: fc.integer({ min: 1, max: 10 }),
    balance: fc.integer({ min: 0, max: 1_000_000_000 }).map(hundredths),
    wanted: fc.integer({ min: 1, max: 1_000_000 }),
    view: fc.constantFrom(...HEATMAP_VIEWS),
    theme: fc.constantFrom(...THEMES),
    parts: fc.subarray([...PARTS]).map((parts) => parts.join(",")),
  });
});

describe("reading settings from a URL", () => {
  it("gives the defaults for an empty query", () => {
    expect(parse("")).toEqual(DEFAULT_STATE);
    expect(DEFAULT_STATE).toEqual({
      schedule: DREAMSTUDIO_2022, steps: 50, width: 512, height: 512, count: 1, balance: 20_000, wanted: 100, view: "credits", theme: "auto", parts: "",
    });
  });

  it("reads every parameter of a shared link", () => {
    expect(parse("schedule=2022-12&steps=30&width=768&height=1024&count=4&balance=1234.56&wanted=500&view=usd&theme=dark&parts=table,cost"))
      .toEqual({
        schedule: DECEMBER_2022, steps: 30, width: 768, height: 1024, count: 4, balance: 123_456, wanted: 500, view: "usd", theme: "dark", parts: "cost,table",
      });
  });

  it("brings plain numbers out of range into it", () => {
    expect(parse("steps=1e3&width=600&height=-3&count=3.5&balance=12.349")).toMatchObject({
      steps: 150, width: 576, height: 512, count: 4, balance: 1234,
    });
    expect(parse("steps=9.4&count=0&balance=-1")).toMatchObject({ steps: 10, count: 1, balance: 0 });
    expect(parse("wanted=0")).toMatchObject({ wanted: 1 });
    expect(parse("wanted=2e6")).toMatchObject({ wanted: 1_000_000 });
    expect(parse("wanted=499.5")).toMatchObject({ wanted: 500 });
  });

  it.each([
    "", " ", "abc", "0x20", "512px", "1,000", "1e309", "-1e309", "Infinity", "NaN", "1.2.3",
    "٥٠", "<script>alert(1)</script>", "%E0%A4%A", "7".repeat(5000) + "x",
  ])("gives every number parameter its default for %j", (bad) => {
    const q = new URLSearchParams();
    for (const key of ["steps", "width", "height", "count", "balance", "wanted"]) q.set(key, bad);
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

  it("ignores parameters that are not settings, such as a price", () => {
    expect(parse("price=0&credits=0&perImage=0&foo=bar")).toEqual(DEFAULT_STATE);
  });

  it("keeps a huge balance within 10,000,000 credits", () => {
    expect(parse("balance=1e300").balance).toBe(1_000_000_000);
  });

  it("reads any text as a value within the parameter's range, under any schedule", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCHEDULE_IDS), fc.constantFrom(...PARAMS), anyText, (schedule, key, text) => {
        const state = parseState(new URLSearchParams([["schedule", schedule], [key, text]]));
        for (const param of PARAMS) {
          expect(IN_RANGE[param](state[param], state), `${param} from ${key}=${JSON.stringify(text)}: ${String(state[param])}`).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("takes a schedule's own ranges: SDXL beta's sides end at 896, SDXL 1.0's begin at 640", () => {
    expect(parse("schedule=sdxl-beta&width=1024&height=2000")).toMatchObject({ schedule: SDXL_BETA, width: 896, height: 896 });
    expect(parse("schedule=sdxl")).toMatchObject({ schedule: SDXL_1, width: 640, height: 640, steps: 50 });
    expect(parse("schedule=sdxl&width=1536&height=640")).toMatchObject({ width: 1536, height: 640 });
    expect(parse("width=1536")).toMatchObject({ schedule: DREAMSTUDIO_2022, width: 1024 });
  });

  it("reads parts in their own order, ignoring unknown words, and an empty result as the default", () => {
    expect(parse("parts=table,cost,cost,bogus").parts).toBe("cost,table");
    expect(parse("parts=bogus,,").parts).toBe("");
    expect(parse("parts=").parts).toBe("");
    expect(parse("parts=Chart").parts).toBe("");
  });

  it("shows every part on the page and the price, balance and table in an embed, unless told", () => {
    expect([...partsShown("", false)]).toEqual(["cost", "balance", "table", "chart", "compare"]);
    expect([...partsShown("", true)]).toEqual(["cost", "balance", "table"]);
    expect([...partsShown("cost,compare", true)]).toEqual(["cost", "compare"]);
  });

  it("gives an unknown schedule the 2022 table", () => {
    expect(parse("schedule=SDXL").schedule).toBe(DREAMSTUDIO_2022);
    expect(parse("schedule=2023").schedule).toBe(DREAMSTUDIO_2022);
  });
});

describe("writing settings into a URL", () => {
  it("writes only what differs from the defaults", () => {
    expect(writeState({ ...DEFAULT_STATE, steps: 30, balance: hundredths(123_456) }).toString())
      .toBe("steps=30&balance=1234.56");
    expect(writeState(DEFAULT_STATE).toString()).toBe("");
  });

  it("keeps parameters that are not settings, and replaces the settings", () => {
    const base = new URLSearchParams("embed=1&origin=https%3A%2F%2Fdocs.example&steps=10&steps=20");
    expect(writeState({ ...DEFAULT_STATE, steps: 75 }, base).toString())
      .toBe("embed=1&origin=https%3A%2F%2Fdocs.example&steps=75");
  });

  it("writes every state a person can reach so that it reads back the same", () => {
    fc.assert(fc.property(anyState, (state) => {
      expect(parseState(writeState(state))).toEqual(state);
    }), { numRuns: 1000 });
  });
});

describe("the standalone page's address", () => {
  it("strips the embed parameters from an address for the standalone page", () => {
    expect(standaloneUrl("https://x.test/explorer/index.html?embed=1&steps=30&origin=https%3A%2F%2Fd.test#top"))
      .toBe("https://x.test/explorer/index.html?steps=30#top");
  });
});
