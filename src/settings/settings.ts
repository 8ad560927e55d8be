// Every setting a person can change, and every parameter a link, an element attribute or an
// embed's data-* attribute can carry: one description each, which the URL reader and writer,
// the custom element, embed.js (through ./params) and the controls all read.
import { LIMITS } from "../pricing/limits";
import { hundredths, toCredits, type Hundredths } from "../pricing/units";
import { clampToRange, hundredthsFromDecimal, parsePlainNumber, type NumberRange } from "./numbers";
import { PARAMS, type Param } from "./params";

/** What the heatmap cells show. */
export type HeatmapView = "credits" | "images" | "usd";
export type Theme = "light" | "dark" | "auto";

export const HEATMAP_VIEWS: readonly HeatmapView[] = ["credits", "images", "usd"];
export const THEMES: readonly Theme[] = ["auto", "light", "dark"];

/** One setting: its default, how a parameter's text becomes a value in range, and back. */
export interface Setting<T> {
  readonly fallback: T;
  /** The value the text stands for, brought into range; null when the text is not readable. */
  read(text: string): T | null;
  /** The text a link carries for a value. */
  write(value: T): string;
}

/** A whole-number setting with a range, such as steps or a side in pixels. */
export interface RangeSetting extends Setting<number> {
  readonly range: NumberRange;
}

function rangeSetting(range: NumberRange, fallback: number): RangeSetting {
  return {
    range,
    fallback,
    read(text) {
      const value = parsePlainNumber(text);
      return value === null ? null : clampToRange(value, range);
    },
    write: String,
  };
}

function wordSetting<T extends string>(words: readonly T[], fallback: T): Setting<T> {
  return {
    fallback,
    read: (text) => words.find((word) => word === text) ?? null,
    write: String,
  };
}

const balance: Setting<Hundredths> = {
  // A new account's 200 free credits.
  fallback: hundredths(20_000),
  // Rounded down to the hundredth: a balance never buys more than it holds.
  read: (text) => {
    const value = hundredthsFromDecimal(text, LIMITS.balance.min, LIMITS.balance.max);
    return value === null ? null : hundredths(value);
  },
  write: (value) => String(toCredits(value)),
};

/** The settings with a range, which the sliders offer. */
export const RANGED = {
  // DreamStudio's defaults: 512 × 512 at 50 steps, one image (1 credit).
  steps: rangeSetting(LIMITS.steps, 50),
  width: rangeSetting(LIMITS.side, 512),
  height: rangeSetting(LIMITS.side, 512),
  count: rangeSetting(LIMITS.count, 1),
};

const SETTINGS = {
  ...RANGED,
  balance,
  view: wordSetting(HEATMAP_VIEWS, "credits"),
  theme: wordSetting(THEMES, "auto"),
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
