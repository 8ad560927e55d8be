import { useCallback, useState } from "react";
import { Explorer } from "../explorer/Explorer";
import { ExplorerRoot } from "../explorer/ExplorerRoot";
import { PARAMS, type Param } from "../settings/params";
import type { ExplorerState, StatePatch } from "../settings/settings";
import { parseState, readParam } from "../settings/url";
import { ErrorBoundary } from "../ui/ErrorBoundary";

export type Attributes = Readonly<Partial<Record<Param, string | null>>>;

function attributesToParams(attributes: Attributes): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of PARAMS) {
    const value = attributes[key];
    if (value != null) params.set(key, value);
  }
  return params;
}

/** The settings whose attribute changed between two readings of the element's attributes. */
function changedSettings(before: Attributes, after: Attributes): StatePatch {
  const patch: Partial<Record<Param, unknown>> = {};
  for (const key of PARAMS) {
    if (after[key] !== before[key]) patch[key] = readParam(key, after[key] ?? null);
  }
  return patch as StatePatch;
}

/**
 * The explorer inside <pricing-explorer>. The attributes give the starting state; a later
 * change of one attribute sets that setting alone, and what the reader changed on the
 * others stays. It never reads or writes the host page's URL.
 */
export function ElementApp({ attributes }: { attributes: Attributes }) {
  const [state, setState] = useState<ExplorerState>(() => parseState(attributesToParams(attributes)));
  const [seen, setSeen] = useState(attributes);
  const update = useCallback((patch: StatePatch) => setState((current) => ({ ...current, ...patch })), []);

  if (seen !== attributes) {
    setSeen(attributes);
    setState({ ...state, ...changedSettings(seen, attributes) });
  }

  return (
    <ExplorerRoot theme={state.theme} transparent>
      <ErrorBoundary name="embedded explorer" fallback={<p>The credit pricing explorer could not be shown.</p>}>
        <Explorer state={state} onChange={update} compact />
      </ErrorBoundary>
    </ExplorerRoot>
  );
}
