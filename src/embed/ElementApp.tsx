import { useCallback, useState } from "react";
import { Explorer } from "../explorer/Explorer";
import { ExplorerRoot } from "../explorer/ExplorerRoot";
import type { ExplorerState, StatePatch } from "../explorer/state";
import { parseParam, parseState, STATE_PARAMS, type StateParam } from "../share/params";
import { ErrorBoundary } from "../ui/ErrorBoundary";

export type Attributes = Readonly<Partial<Record<StateParam, string | null>>>;

function attributesToParams(attributes: Attributes): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of STATE_PARAMS) {
    const value = attributes[key];
    if (value != null) params.set(key, value);
  }
  return params;
}

/**
 * The explorer inside <pricing-explorer>. The attributes give the starting state; a later
 * change of one attribute sets that setting alone, and what the reader changed on the
 * others stays. It never reads or writes the host page's URL.
 */
export function ElementApp({ attributes }: { attributes: Attributes }) {
  const [state, setState] = useState<ExplorerState>(() => parseState(attributesToParams(attributes)));
  const [seen, setSeen] = useState(attributes);

  const update = useCallback((patch: StatePatch) => setState((s) => ({ ...s, ...patch })), []);

  if (seen !== attributes) {
    const patch: Record<string, unknown> = {};
    for (const key of STATE_PARAMS) {
      if (attributes[key] !== seen[key]) patch[key] = parseParam(key, attributes[key] ?? null);
    }
    setSeen(attributes);
    setState({ ...state, ...(patch as StatePatch) });
  }

  return (
    <ExplorerRoot theme={state.theme} transparent>
      <ErrorBoundary
        name="embedded explorer"
        fallback={<p>The credit pricing explorer could not be shown.</p>}
      >
        <Explorer state={state} onChange={update} compact />
      </ErrorBoundary>
    </ExplorerRoot>
  );
}
