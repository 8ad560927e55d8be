// Parse, don't validate: a query string (or an element's attributes) becomes one complete,
// in-range state, whatever it holds; and a state becomes the query that reopens it.
import type { PriceSchedule } from "../pricing/priceSchedule";
import { DREAMSTUDIO_2022 } from "../pricing/schedule2022";
import { SETTINGS, type Context, type ExplorerState, type Setting, type SettingsTable, type StateOf } from "./settings";

/**
 * One parameter's value, in range for the context's schedule, or its default (brought into that
 * range) when absent or unreadable. Never throws.
 */
function readParam<T>(setting: Setting<T>, raw: string | null, context: Context): T {
  return (raw === null ? null : setting.read(raw, context)) ?? setting.fit(setting.fallback, context);
}

/**
 * A complete state of `table`'s settings from any query, with a schedule from `schedules` (a link
 * naming another takes the default). `get` makes the first of repeated parameters count. The
 * schedule is read first: the other ranges are its own.
 */
export function parseWith<Table extends SettingsTable>(table: Table, params: URLSearchParams, schedules: readonly PriceSchedule[]): StateOf<Table> {
  const schedule = readParam(table.schedule, params.get("schedule"), { schedule: DREAMSTUDIO_2022, schedules });
  const context = { schedule, schedules };
  const state: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(table)) state[key] = readParam<unknown>(setting, params.get(key), context);
  return state as StateOf<Table>;
}

/** The explorer's state from a query, priced with one of `schedules`. */
export function parseState(params: URLSearchParams, schedules: readonly PriceSchedule[]): ExplorerState {
  return parseWith(SETTINGS, params, schedules);
}

/**
 * The query with `state` written into it: settings that differ from their defaults are set, the
 * others removed, and parameters that are not settings (embed, origin, a host's own) kept.
 */
export function writeWith<Table extends SettingsTable>(table: Table, state: StateOf<Table>, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const [key, setting] of Object.entries(table) as [keyof Table & string, Setting<unknown>][]) {
    params.delete(key);
    if (state[key] !== setting.fallback) params.set(key, setting.write(state[key]));
  }
  return params;
}

export function writeState(state: ExplorerState, base = new URLSearchParams()): URLSearchParams {
  return writeWith(SETTINGS, state, base);
}

/** The address of the standalone page for an address that may carry embed parameters. */
export function standaloneUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete("embed");
  url.searchParams.delete("origin");
  return url.href;
}
