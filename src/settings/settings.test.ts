import { DREAMSTUDIO_2022 } from "../pricing/schedule2022";
import { SCHEDULES, SDXL_BETA } from "../pricing/schedulesAfter2022";
import { parseWith, writeWith } from "./query";
import { defaultsOf, pricedKeys, PRICED_KEYS, pricedSettings, rangeSetting, SETTINGS, DEFAULT_STATE, PARAMS } from "./settings";

// A setting is one row of SETTINGS. Here one more row, a seed for the generator, goes in a copy of
// the table: the link reader, the link writer, the defaults and the engine's keys all take it from
// that row, with nothing else written for it.
const WITH_SEED = { ...SETTINGS, seed: rangeSetting(false, () => ({ min: 0, max: 4_294_967_295, step: 1 }), 0, ["0", "4,294,967,295"]) };

describe("the settings table", () => {
  it("lists each URL parameter once, in the order a link writes them", () => {
    expect(Object.keys(SETTINGS)).toEqual(["schedule", "steps", "width", "height", "count", "balance", "wanted", "view", "theme", "parts"]);
    expect(PARAMS).toEqual(Object.keys(SETTINGS));
  });

  it("marks what the engine prices: the engine's input and its memo keys", () => {
    expect(PRICED_KEYS).toEqual(["steps", "width", "height", "count", "balance", "wanted"]);
    expect(pricedSettings({ ...DEFAULT_STATE, steps: 30 })).toEqual({ steps: 30, width: 512, height: 512, count: 1, balance: 20_000, wanted: 100 });
  });

  it("gives a setting added to it a default, a link parameter read in range, and a link written back", () => {
    expect(defaultsOf(WITH_SEED)).toEqual({ ...DEFAULT_STATE, seed: 0 });
    const read = parseWith(WITH_SEED, new URLSearchParams("seed=42.4&steps=30"), SCHEDULES);
    expect(read).toEqual({ ...DEFAULT_STATE, steps: 30, seed: 42 });
    expect(parseWith(WITH_SEED, new URLSearchParams("seed=-5"), SCHEDULES).seed).toBe(0);
    expect(parseWith(WITH_SEED, new URLSearchParams("seed=lots"), SCHEDULES).seed).toBe(0);
    expect(writeWith(WITH_SEED, { ...read, seed: 7 }).toString()).toBe("steps=30&seed=7");
    expect(writeWith(WITH_SEED, { ...read, seed: 0 }).toString()).toBe("steps=30");
  });

  it("keeps a setting added to it out of the engine's input unless it is marked priced", () => {
    expect(pricedKeys(WITH_SEED)).toEqual(PRICED_KEYS);
    expect(pricedKeys({ ...WITH_SEED, seed: { ...WITH_SEED.seed, priced: true } })).toEqual([...PRICED_KEYS, "seed"]);
  });

  it("reads a schedule only from those the host prices with: another takes the 2022 table", () => {
    expect(parseWith(SETTINGS, new URLSearchParams("schedule=sdxl-beta"), SCHEDULES).schedule).toBe(SDXL_BETA);
    expect(parseWith(SETTINGS, new URLSearchParams("schedule=sdxl-beta"), [DREAMSTUDIO_2022]).schedule).toBe(DREAMSTUDIO_2022);
  });
});
