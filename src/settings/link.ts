// A state written back into a link: the query that reopens it, and the standalone page's address.
// Loaded when the first link is written, after the first render.
import { PARAMS, type Param } from "./params";
import { DEFAULT_STATE, settingOf, type ExplorerState } from "./settings";

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

/** The address of the standalone page for an address that may carry embed parameters. */
export function standaloneUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete("embed");
  url.searchParams.delete("origin");
  return url.href;
}
