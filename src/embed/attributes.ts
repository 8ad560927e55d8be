// The custom element's attributes are the URL parameters: read into a state as a link is, and a
// later change of one attribute sets that setting alone.
import type { PriceSchedule } from "../pricing/priceSchedule";
import { parseState } from "../settings/query";
import { applyPatch, PARAMS, type ExplorerState, type Param, type StatePatch } from "../settings/settings";

export type Attributes = Readonly<Partial<Record<Param, string | null>>>;

export function attributesToParams(attributes: Attributes): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of PARAMS) {
    const value = attributes[key];
    if (value != null) params.set(key, value);
  }
  return params;
}

/**
 * The state with the settings whose attribute changed between two readings set from them (in the
 * ranges of the schedule that results), and every other setting as the reader left it.
 */
export function withChangedAttributes(
  state: ExplorerState,
  before: Attributes,
  after: Attributes,
  schedules: readonly PriceSchedule[],
): ExplorerState {
  const changed = PARAMS.filter((key) => after[key] !== before[key]);
  const params = attributesToParams(after);
  // An unchanged schedule attribute leaves the reader's schedule, whose ranges the others take.
  if (!changed.includes("schedule")) params.set("schedule", state.schedule.id);
  const read = parseState(params, schedules);
  const patch: Partial<Record<Param, unknown>> = {};
  for (const key of changed) patch[key] = read[key];
  return applyPatch(state, patch as StatePatch);
}
