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

export function parseEmbedOptions(params: URLSearchParams): EmbedOptions {
  return { embed: params.get("embed") === "1", origin: parseOrigin(params.get("origin")) };
}
