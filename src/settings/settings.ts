// Every setting a person can change, and every parameter a link, an element attribute or an
// embed's data-* attribute can carry: one description each, which the URL reader and writer,
// the custom element, embed.js (through ./params) and the controls all read.
import type { PriceSchedule } from "../pricing/schedule";
import { SCHEDULE_IDS as IDS } from "../pricing/schedules";
import type { NumberRange } from "../pricing/settings";
import { hundredths, toCredits, type Hundredths } from "../pricing/units";
import { clampToRange, hundredthsFromDecimal, parsePlainNumber } from "./numbers";
import { PARAMS, type Param } from "./params";
import { readParts } from "./parts";
import { scheduleOf } from "./schedules";

export { scheduleOf };

/** What the heatmap cells show. */
export type HeatmapView = "credits" | "images" | "usd";
export type Theme = "light" | "dark" | "auto";

export const HEATMAP_VIEWS: readonly HeatmapView[] = ["credits", "images", "usd"];
export const THEMES: readonly Theme[] = ["auto", "light", "dark"];
export const SCHEDULE_IDS: readonly string[] = IDS;

/** Images per generation, as DreamStudio offered them. */
export const COUNT_RANGE: NumberRange = { min: 1, max: 10, step: 1 };
/** Images wanted, for planning a purchase. */
export const WANTED_RANGE: NumberRange = { min: 1, max: 1_000_000, step: 1 };
/** The balance: up to 10,000,000 credits, in hundredths. */
export const BALANCE_RANGE = { min: hundredths(0), max: hundredths(1_000_000_000) };

/** What a setting's range may depend on: the price schedule in force. */
export interface Context {
  readonly schedule: PriceSchedule;
}

/** One setting: its default, how a parameter's text becomes a value in range, and back. */
export interface Setting<T> {
  readonly fallback: T;
  /** The value the text stands for, brought into range; null when the text is not readable. */
  read(text: string, context: Context): T | null;
  /** A value brought into the context's range (the default, or one kept from another schedule). */
  fit(value: T, context: Context): T;
  /** The text a link carries for a value. */
  write(value: T): string;
}

/** A setting with a numeric range, which a slider offers. */
export interface RangeSetting extends Setting<number> {
  range(context: Context): NumberRange;
}

function rangeSetting(range: (context: Context) => NumberRange, fallback: number): RangeSetting {
  return {
    range,
    fallback,
    read(text, context) {
      const value = parsePlainNumber(text);
      return value === null ? null : clampToRange(value, range(context));
    },
    fit: (value, context) => clampToRange(value, range(context)),
    write: String,
  };
}

function wordSetting<T extends string>(words: readonly T[], fallback: T): Setting<T> {
  return {
    fallback,
    read: (text) => words.find((word) => word === text) ?? null,
    fit: (value) => value,
    write: String,
  };
}

/** A balance in credits, rounded down to the hundredth (it never buys more than it holds). */
export function readBalance(text: string): Hundredths | null {
  const value = hundredthsFromDecimal(text, BALANCE_RANGE.min, BALANCE_RANGE.max);
  return value === null ? null : hundredths(value);
}

const balance: Setting<Hundredths> = {
  // A new account's 200 free credits in 2022.
  fallback: hundredths(20_000),
  read: readBalance,
  fit: (value) => value,
  write: (value) => String(toCredits(value)),
};

/** The settings with a range, which the sliders offer. */
export const RANGED = {
  // DreamStudio's defaults in 2022: 512 × 512 at 50 steps, one image (1 credit).
  steps: rangeSetting(({ schedule }) => schedule.ranges.steps, 50),
  width: rangeSetting(({ schedule }) => schedule.ranges.side, 512),
  height: rangeSetting(({ schedule }) => schedule.ranges.side, 512),
  count: rangeSetting(() => COUNT_RANGE, 1),
};

/** Images wanted: a whole number, typed rather than slid. */
export const WANTED: RangeSetting = rangeSetting(() => WANTED_RANGE, 100);

const SETTINGS = {
  schedule: wordSetting(SCHEDULE_IDS, "2022"),
  ...RANGED,
  balance,
  wanted: WANTED,
  view: wordSetting(HEATMAP_VIEWS, "credits"),
  theme: wordSetting(THEMES, "auto"),
  // Unknown words are ignored; none left means the default ("").
  parts: { fallback: "", read: readParts, fit: (value: string) => value, write: String } as Setting<string>,
} satisfies Record<Param, Setting<unknown>>;

type ValueOf<S> = S extends Setting<infer T> ? T : never;

/** Everything a person can set on the page, and all that a shared link carries. */
export type ExplorerState = { readonly [K in Param]: ValueOf<(typeof SETTINGS)[K]> };
export type StatePatch = Partial<ExplorerState>;

// The same table, typed so that a setting's key says its value's type.
const TYPED: { readonly [K in Param]: Setting<ExplorerState[K]> } = SETTINGS;

/** A setting's description, typed by its key. */
export function settingOf<K extends Param>(key: K): Setting<ExplorerState[K]> {
  return TYPED[key];
}

/** A state built parameter by parameter. */
export function stateFrom(valueOf: <K extends Param>(key: K) => ExplorerState[K]): ExplorerState {
  const state: Partial<Record<Param, unknown>> = {};
  for (const key of PARAMS) state[key] = valueOf(key);
  return state as ExplorerState;
}

export const DEFAULT_STATE: ExplorerState = stateFrom((key) => settingOf(key).fallback);

/** A setting a schedule's ranges changed, from what it was to what it is. */
export interface RangeChange {
  readonly key: "steps" | "width" | "height";
  readonly from: number;
  readonly to: number;
}

/** A state with its settings brought into its schedule's ranges, and what that changed. */
export function fitToSchedule(state: ExplorerState): { state: ExplorerState; changes: RangeChange[] } {
  const context = { schedule: scheduleOf(state) };
  const changes: RangeChange[] = [];
  const fitted: { -readonly [K in Param]: ExplorerState[K] } = { ...state };
  for (const key of ["steps", "width", "height"] as const) {
    const to = RANGED[key].fit(state[key], context);
    if (to !== state[key]) changes.push({ key, from: state[key], to });
    fitted[key] = to;
  }
  return { state: fitted, changes };
}

/** A change to a state, kept within the ranges of the schedule it ends with. */
export function applyPatch(state: ExplorerState, patch: StatePatch): ExplorerState {
  return fitToSchedule({ ...state, ...patch }).state;
}
