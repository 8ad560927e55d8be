// Parse, don't validate: a query string (or an element's attributes) becomes one complete,
// in-range state, whatever it holds; and a state becomes the query that reopens it.
import { PARAMS, type Param } from "./params";
import { DEFAULT_STATE, settingOf, stateFrom, type ExplorerState } from "./settings";

/** One parameter's value in range, or its default when absent or unreadable. Never throws. */
export function readParam<K extends Param>(key: K, raw: string | null): ExplorerState[K] {
  const setting = settingOf(key);
  return (raw === null ? null : setting.read(raw)) ?? setting.fallback;
}

/** A complete state from any query; `get` makes the first of repeated parameters count. */
export function parseState(params: URLSearchParams): ExplorerState {
  return stateFrom((key) => readParam(key, params.get(key)));
}

/**
 * The query with the state written into it: settings that differ from the defaults are set, the
 * others removed, and parameters that are not settings (embed, origin, a host's own) kept.
 */
export function writeState(state: ExplorerState, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of PARAMS) {
    params.delete(key);
    if (state[key] !== DEFAULT_STATE[key]) params.set(key, writeParam(key, state));
  }
  return params;
}

function writeParam<K extends Param>(key: K, state: ExplorerState): string {
  return settingOf(key).write(state[key]);
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

/** The address of the standalone page for an address that may carry embed parameters. */
export function standaloneUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete("embed");
  url.searchParams.delete("origin");
  return url.href;
}
