import { useEffect, useLayoutEffect, useState } from "react";
import { Explorer } from "../explorer/Explorer";
import { ExplorerRoot } from "../explorer/ExplorerRoot";
import { PartsAtOnce } from "../explorer/partsAtOnce";
import { SCHEDULES } from "../pricing/schedulesAfter2022";
import { parseState } from "../settings/query";
import type { SchemeName } from "../settings/settings";
import { createExplorerStore } from "../state/explorerStore";
import { ExplorerStoreContext } from "../state/hooks";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { attributesToParams, withChangedAttributes, type Attributes } from "./attributes";
import { hostScheme, watchHostScheme } from "./hostTheme";

/**
 * The explorer inside <pricing-explorer>, priced with every schedule. The attributes give the
 * starting state; a later change of one attribute sets that setting alone, and what the reader
 * changed on the others stays. It never reads or writes the host page's URL.
 */
export function ElementApp({ attributes, host }: { attributes: Attributes; host?: Element }) {
  const [store] = useState(() => createExplorerStore(parseState(attributesToParams(attributes), SCHEDULES)));
  const [seen, setSeen] = useState(attributes);
  // Before the paint, so the changed attribute's figures are the first shown.
  useLayoutEffect(() => {
    if (seen === attributes) return;
    setSeen(attributes);
    store.setState((state) => withChangedAttributes(state, seen, attributes, SCHEDULES));
  }, [store, seen, attributes]);

  // With its theme on auto, the explorer follows the page it sits in: its own light or dark switch.
  const [scheme, setScheme] = useState<SchemeName | null>(() => (host ? hostScheme(host) : null));
  useEffect(() => (host ? watchHostScheme(host, setScheme) : undefined), [host]);

  return (
    <ExplorerStoreContext value={store}>
      <ExplorerRoot hostScheme={scheme} transparent>
        <ErrorBoundary name="embedded explorer" fallback={<p>The credit pricing explorer could not be shown.</p>}>
          <PartsAtOnce>
            <Explorer compact />
          </PartsAtOnce>
        </ErrorBoundary>
      </ExplorerRoot>
    </ExplorerStoreContext>
  );
}
