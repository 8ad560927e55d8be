import { useCallback, useEffect, useState } from "react";
import { Explorer } from "../explorer/Explorer";
import { ExplorerRoot } from "../explorer/ExplorerRoot";
import { PartsAtOnce } from "../explorer/partsAtOnce";
import { PARAMS, type Param } from "../settings/params";
import { applyPatch, scheduleOf, type ExplorerState, type StatePatch } from "../settings/settings";
import { parseState, readParam } from "../settings/url";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { hostScheme, watchHostScheme } from "./hostTheme";
import type { SchemeName } from "./protocol";

export type Attributes = Readonly<Partial<Record<Param, string | null>>>;

function attributesToParams(attributes: Attributes): URLSearchParams {
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
function withChangedAttributes(state: ExplorerState, before: Attributes, after: Attributes): ExplorerState {
  const changed = PARAMS.filter((key) => after[key] !== before[key]);
  const schedule = changed.includes("schedule")
    ? readParam("schedule", after.schedule ?? null, { schedule: scheduleOf(state) })
    : state.schedule;
  const context = { schedule: scheduleOf({ schedule }) };
  const patch: Partial<Record<Param, unknown>> = {};
  for (const key of changed) patch[key] = readParam(key, after[key] ?? null, context);
  return applyPatch(state, patch as StatePatch);
}

/**
 * The explorer inside <pricing-explorer>. The attributes give the starting state; a later
 * change of one attribute sets that setting alone, and what the reader changed on the
 * others stays. It never reads or writes the host page's URL.
 */
export function ElementApp({ attributes, host }: { attributes: Attributes; host?: Element }) {
  const [state, setState] = useState<ExplorerState>(() => parseState(attributesToParams(attributes)));
  const [seen, setSeen] = useState(attributes);
  const update = useCallback((patch: StatePatch) => setState((current) => applyPatch(current, patch)), []);

  if (seen !== attributes) {
    setSeen(attributes);
    setState(withChangedAttributes(state, seen, attributes));
  }

  // With its theme on auto, the explorer follows the page it sits in: its own light or dark switch.
  const [scheme, setScheme] = useState<SchemeName | null>(() => (host ? hostScheme(host) : null));
  useEffect(() => (host ? watchHostScheme(host, setScheme) : undefined), [host]);
  const theme = state.theme === "auto" && scheme ? scheme : state.theme;

  return (
    <ExplorerRoot theme={theme} transparent>
      <ErrorBoundary name="embedded explorer" fallback={<p>The credit pricing explorer could not be shown.</p>}>
        <PartsAtOnce>
          <Explorer state={state} onChange={update} compact />
        </PartsAtOnce>
      </ErrorBoundary>
    </ExplorerRoot>
  );
}
