// Renders the standalone page's first screen at build time (scripts/prerender.mjs puts it into
// dist/index.html), so that the price shows before any JavaScript has run. The client then
// renders the same markup with createRoot, which replaces it; for the default settings the two
// are identical, and for a shared link the prerendered defaults show until the script runs.
import { renderToString } from "react-dom/server";
import { Explorer } from "./explorer/Explorer";
import { ExplorerRoot } from "./explorer/ExplorerRoot";
import { DEFAULT_STATE } from "./explorer/state";
import { SHARE_PLACEHOLDER } from "./StandaloneApp";

export function prerender(): string {
  return renderToString(
    <ExplorerRoot theme={DEFAULT_STATE.theme}>
      <Explorer state={DEFAULT_STATE} onChange={() => {}} actions={SHARE_PLACEHOLDER} />
    </ExplorerRoot>,
  );
}
