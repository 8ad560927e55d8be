// Every setting a person can change, and every parameter a link, a custom element's attribute or
// an embed's data-* attribute can carry: one row each in SETTINGS. A row's key is its URL
// parameter and its attribute. Reading a link or attributes, writing a link, the custom element's
// observed attributes, the engine's input and its memo keys, and the check of
// docs/parameters.md all come from the table.
import type { PriceInput } from "../pricing/input";
import type { NumberRange, PriceSchedule } from "../pricing/priceSchedule";
import { DREAMSTUDIO_2022, SCHEDULE_IDS } from "../pricing/schedule2022";
import { hundredths, toCredits, type Hundredths } from "../pricing/units";
import { clampToRange, hundredthsFromDecimal, parsePlainNumber } from "./numbers";
import { PARTS, readParts } from "./parts";

/** What the heatmap cells show. */
export type HeatmapView = "credits" | "images" | "usd";
export type Theme = "light" | "dark" | "auto";
/** A page's light or dark scheme, which a theme of auto follows. */
export type SchemeName = Exclude<Theme, "auto">;

export const HEATMAP_VIEWS: readonly HeatmapView[] = ["credits", "images", "usd"];
export const THEMES: readonly Theme[] = ["auto", "light", "dark"];
/** Every schedule's id, oldest first: a link may name one whose data has not loaded yet. */
export { SCHEDULE_IDS };

/** Images per generation, as DreamStudio offered them. */
export const COUNT_RANGE: NumberRange = { min: 1, max: 10, step: 1 };
/** Images wanted, for planning a purchase. */
export const WANTED_RANGE: NumberRange = { min: 1, max: 1_000_000, step: 1 };
/** The balance: up to 10,000,000 credits, in hundredths. */
export const BALANCE_RANGE = { min: hundredths(0), max: hundredths(1_000_000_000) };

/**
 * What reading a setting may depend on: the schedule in force (its ranges), and the schedules the
 * host can price with (a link may only name one of those).
 */
export interface Context {
  readonly schedule: PriceSchedule;
  readonly schedules: readonly PriceSchedule[];
}

/** One setting: its default, how a parameter's text becomes a value in range, and back. */
export interface Setting<T> {
  /** Whether the engine prices it: it is then part of PriceInput and of the engine's memo keys. */
  readonly priced: boolean;
  readonly fallback: T;
  /** The value the text stands for, brought into range; null when the text is not readable. */
  read(text: string, context: Context): T | null;
  /** A value brought into the context's range (the default, or one kept from another schedule). */
  fit(value: T, context: Context): T;
  /** The text a link carries for a value. */
  write(value: T): string;
  /** What docs/parameters.md must say of its range (bounds or words), checked by a test. */
  readonly documented: readonly string[];
}

/** A setting with a numeric range, which a slider or a number field offers. */
export interface RangeSetting<Priced extends boolean = boolean> extends Setting<number> {
  readonly priced: Priced;
  range(context: Context): NumberRange;
}

export function rangeSetting<Priced extends boolean>(
  priced: Priced,
  range: (context: Context) => NumberRange,
  fallback: number,
  documented: readonly string[],
): RangeSetting<Priced> {
  return {
    priced,
    range,
    fallback,
    read(text, context) {
      const value = parsePlainNumber(text);
      return value === null ? null : clampToRange(value, range(context));
    },
    fit: (value, context) => clampToRange(value, range(context)),
    write: String,
    documented,
  };
}

function wordSetting<T extends string>(words: readonly T[], fallback: T): Setting<T> & { readonly priced: false } {
  return {
    priced: false,
    fallback,
    read: (text) => words.find((word) => word === text) ?? null,
    fit: (value) => value,
    write: String,
    documented: words,
  };
}

/** A balance in credits, rounded down to the hundredth (it never buys more than it holds). */
export function readBalance(text: string): Hundredths | null {
  const value = hundredthsFromDecimal(text, BALANCE_RANGE.min, BALANCE_RANGE.max);
  return value === null ? null : hundredths(value);
}

const side = ({ schedule }: Context) => schedule.ranges.side;

/** The table. The schedule comes first: the other settings' ranges are its own. */
export const SETTINGS = {
  // A schedule is named by id and held as itself, so a state always holds one that can be priced.
  schedule: {
    priced: false,
    fallback: DREAMSTUDIO_2022,
    read: (text, { schedules }) => schedules.find((schedule) => schedule.id === text) ?? null,
    fit: (value) => value,
    write: (value) => value.id,
    documented: SCHEDULE_IDS,
  } satisfies Setting<PriceSchedule> & { priced: false },
  // DreamStudio's defaults in 2022: 512 × 512 at 50 steps, one image (1 credit).
  steps: rangeSetting(true, ({ schedule }) => schedule.ranges.steps, 50, ["10", "150"]),
  width: rangeSetting(true, side, 512, ["512", "1024", "64"]),
  height: rangeSetting(true, side, 512, ["512", "1024", "64"]),
  count: rangeSetting(true, () => COUNT_RANGE, 1, ["1", "10"]),
  balance: {
    priced: true,
    // A new account's 200 free credits in 2022.
    fallback: hundredths(20_000),
    read: readBalance,
    fit: (value) => value,
    write: (value) => String(toCredits(value)),
    documented: ["0", "10,000,000"],
  } satisfies Setting<Hundredths> & { priced: true },
  // Images wanted: a whole number, typed rather than slid.
  wanted: rangeSetting(true, () => WANTED_RANGE, 100, ["1", "1,000,000"]),
  view: wordSetting(HEATMAP_VIEWS, "credits"),
  theme: wordSetting(THEMES, "auto"),
  // Unknown words are ignored; none left means the embed's or the page's default ("").
  parts: {
    priced: false,
    fallback: "",
    read: readParts,
    fit: (value) => value,
    write: String,
    documented: PARTS,
  } satisfies Setting<string> & { priced: false },
} satisfies { readonly [key: string]: Setting<never> | Setting<unknown> };

/** A URL parameter that carries a setting: also the custom element's attribute, and a data-* attribute of embed.js. */
export type Param = keyof typeof SETTINGS;
/** The parameters, in the order a link writes them. (embed.js gets this list from its build: vite.embed.config.ts.) */
export const PARAMS = Object.keys(SETTINGS) as Param[];

/** Any table of settings: SETTINGS, or SETTINGS with one more (its test adds one). */
export type SettingsTable = { readonly schedule: Setting<PriceSchedule> } & { readonly [key: string]: Setting<never> | Setting<unknown> };
type ValueOf<S> = S extends Setting<infer T> ? T : never;
/** The values a table's settings hold. */
export type StateOf<Table> = { readonly [K in keyof Table]: ValueOf<Table[K]> };

/** Everything a person can set on the page, and all that a shared link carries. */
export type ExplorerState = StateOf<typeof SETTINGS>;
export type StatePatch = Partial<ExplorerState>;

type PricedKey<Table> = { [K in keyof Table]: Table[K] extends { readonly priced: true } ? K : never }[keyof Table];
/** The settings the engine prices, as the table marks them. */
export type PricedSettings = Pick<ExplorerState, PricedKey<typeof SETTINGS>>;
// The engine's input is exactly the priced settings: marking a setting priced without teaching
// the engine to price it (or the reverse) fails the type check here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const ENGINE_PRICES_THE_PRICED_SETTINGS: Same<PricedSettings, PriceInput> = true;
void ENGINE_PRICES_THE_PRICED_SETTINGS;

/** The keys of a table's priced settings, in table order: the engine's input and memo keys. */
export function pricedKeys<Table extends SettingsTable>(table: Table): (keyof Table & string)[] {
  return Object.keys(table).filter((key) => table[key]?.priced);
}
export const PRICED_KEYS = pricedKeys(SETTINGS) as PricedKey<typeof SETTINGS>[];

/** The engine's input from a state: its priced settings. */
export function pricedSettings(state: ExplorerState): PriceInput {
  const input: Partial<Record<string, unknown>> = {};
  for (const key of PRICED_KEYS) input[key] = state[key];
  return input as unknown as PriceInput;
}

/** Every setting at its default. */
export function defaultsOf<Table extends SettingsTable>(table: Table): StateOf<Table> {
  const state: Record<string, unknown> = {};
  for (const key of Object.keys(table)) state[key] = table[key]?.fallback;
  return state as StateOf<Table>;
}

export const DEFAULT_STATE: ExplorerState = defaultsOf(SETTINGS);

/** A setting a schedule's ranges changed, from what it was to what it is. */
export interface RangeChange {
  readonly key: "steps" | "width" | "height";
  readonly from: number;
  readonly to: number;
}

/** A state with its settings brought into its schedule's ranges, and what that changed. */
export function fitToSchedule(state: ExplorerState): { state: ExplorerState; changes: RangeChange[] } {
  const context = { schedule: state.schedule, schedules: [state.schedule] };
  const changes: RangeChange[] = [];
  const fitted: { -readonly [K in Param]: ExplorerState[K] } = { ...state };
  for (const key of ["steps", "width", "height"] as const) {
    const to = SETTINGS[key].fit(state[key], context);
    if (to !== state[key]) changes.push({ key, from: state[key], to });
    fitted[key] = to;
  }
  return { state: fitted, changes };
}

/** A change to a state, kept within the ranges of the schedule it ends with. */
export function applyPatch(state: ExplorerState, patch: StatePatch): ExplorerState {
  return fitToSchedule({ ...state, ...patch }).state;
}
