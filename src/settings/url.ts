// Parse, don't validate: a query string (or an element's attributes) becomes one complete,
// in-range state, whatever it holds. (./link writes a state back into a query.)
import type { Param } from "./params";
import { DEFAULT_STATE, scheduleOf, settingOf, stateFrom, type Context, type ExplorerState } from "./settings";

/**
 * One parameter's value, in range for the context's schedule, or its default (brought into that
 * range) when absent or unreadable. Never throws.
 */
export function readParam<K extends Param>(key: K, raw: string | null, context: Context): ExplorerState[K] {
  const setting = settingOf(key);
  return (raw === null ? null : setting.read(raw, context)) ?? setting.fit(setting.fallback, context);
}

/**
 * A complete state from any query; `get` makes the first of repeated parameters count. The
 * schedule is read first: the other ranges are its own.
 */
export function parseState(params: URLSearchParams): ExplorerState {
  const schedule = scheduleOf({ schedule: readParam("schedule", params.get("schedule"), { schedule: scheduleOf(DEFAULT_STATE) }) });
  return stateFrom((key) => readParam(key, params.get(key), { schedule }));
}
