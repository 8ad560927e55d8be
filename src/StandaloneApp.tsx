import { lazy } from "react";
import { Explorer } from "./explorer/Explorer";
import { ExplorerRoot } from "./explorer/ExplorerRoot";
import { useUrlState } from "./share/useUrlState";
import { Deferred } from "./ui/Deferred";

const ShareActions = lazy(() => import("./share/ShareActions").then((m) => ({ default: m.ShareActions })));

/** What stands in the share buttons' place until their code has loaded. */
export const SHARE_PLACEHOLDER = <div className="min-h-9" />;

/** The page at index.html: the explorer with its settings in the address, and share buttons. */
export function StandaloneApp() {
  const [state, update] = useUrlState();

  return (
    <ExplorerRoot theme={state.theme}>
      <Explorer
        state={state}
        onChange={update}
        actions={
          <Deferred name="share buttons" placeholder={SHARE_PLACEHOLDER}>
            <ShareActions state={state} />
          </Deferred>
        }
      />
    </ExplorerRoot>
  );
}
