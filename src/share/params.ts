import {
  balanceFromDecimal,
  clampCount,
  clampSide,
  clampSteps,
  parsePlainNumber,
  toCredits,
} from "../pricing";
import {
  DEFAULT_STATE,
  HEATMAP_VIEWS,
  THEMES,
  type ExplorerState,
  type HeatmapView,
  type Theme,
} from "../explorer/state";

import { STATE_PARAMS, type StateParam } from "./paramNames";

export { STATE_PARAMS, type StateParam };

function readNumber(raw: string | null, clampTo: (value: number) => number, fallback: number) {
  const value = raw === null ? null : parsePlainNumber(raw);
  return value === null ? fallback : clampTo(value);
}

function readWord<T extends string>(raw: string | null, words: readonly T[], fallback: T): T {
  return words.find((word) => word === raw) ?? fallback;
}

/**
 * One parameter's value, brought into range, or its default. Total: no input throws, and
 * every result is in range (CONTRACT.md, section 2).
 */
export function parseParam<K extends StateParam>(key: K, raw: string | null): ExplorerState[K];
export function parseParam(key: StateParam, raw: string | null): ExplorerState[StateParam] {
  switch (key) {
    case "steps":
      return readNumber(raw, clampSteps, DEFAULT_STATE.steps);
    case "width":
      return readNumber(raw, (v) => clampSide(v), DEFAULT_STATE.width);
    case "height":
      return readNumber(raw, (v) => clampSide(v), DEFAULT_STATE.height);
    case "count":
      return readNumber(raw, clampCount, DEFAULT_STATE.count);
    case "balance":
      return (raw === null ? null : balanceFromDecimal(raw)) ?? DEFAULT_STATE.balance;
    case "view":
      return readWord<HeatmapView>(raw, HEATMAP_VIEWS, DEFAULT_STATE.view);
    case "theme":
      return readWord<Theme>(raw, THEMES, DEFAULT_STATE.theme);
  }
}

/** A complete, in-range state from any query string; `get` makes the first of repeats count. */
export function parseState(params: URLSearchParams): ExplorerState {
  return {
    steps: parseParam("steps", params.get("steps")),
    width: parseParam("width", params.get("width")),
    height: parseParam("height", params.get("height")),
    count: parseParam("count", params.get("count")),
    balance: parseParam("balance", params.get("balance")),
    view: parseParam("view", params.get("view")),
    theme: parseParam("theme", params.get("theme")),
  };
}

/** A parameter's text as a link carries it. */
export function formatParam(state: ExplorerState, key: StateParam): string {
  return key === "balance" ? String(toCredits(state.balance)) : String(state[key]);
}

/**
 * The query with the state written into it: settings that differ from the defaults are set,
 * the others removed, and parameters that are not settings (embed, origin, a host's own)
 * kept as they were.
 */
export function writeState(state: ExplorerState, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of STATE_PARAMS) {
    params.delete(key);
    if (state[key] !== DEFAULT_STATE[key]) params.set(key, formatParam(state, key));
  }
  return params;
}

export interface EmbedOptions {
  readonly embed: boolean;
  /** The embedding page's origin, when it is a real http(s) origin. */
  readonly origin: string | null;
}

export function parseOrigin(raw: string | null): string | null {
  if (raw === null || !URL.canParse(raw)) return null;
  const url = new URL(raw);
  const isWeb = url.protocol === "http:" || url.protocol === "https:";
  return isWeb && url.origin === raw ? url.origin : null;
}

/** The address of the standalone page for an address that may carry embed parameters. */
export function standaloneUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete("embed");
  url.searchParams.delete("origin");
  return url.href;
}

export function parseEmbedOptions(params: URLSearchParams): EmbedOptions {
  return { embed: params.get("embed") === "1", origin: parseOrigin(params.get("origin")) };
}
