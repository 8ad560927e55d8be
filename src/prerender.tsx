// Renders the standalone page's first screen at build time (scripts/prerender.mjs puts it into
// dist/index.html), so that the price shows before any JavaScript has run. The client then
// renders the same markup with createRoot, which replaces it. An address with a query may
// carry other settings, so first-paint.js hides this markup until the client has rendered;
// with JavaScript off, a note says that the figures are the defaults'.
import { renderToString } from "react-dom/server";
import { Explorer } from "./explorer/Explorer";
import { ExplorerRoot } from "./explorer/ExplorerRoot";
import { formatBalance, formatSize, plural } from "./explorer/format";
import { LatePartsContext } from "./explorer/lateParts";
import { PARTS_AFTER_PAINT } from "./explorer/partsAfterPaint";
import { DEFAULT_STATE } from "./settings/settings";
import { createExplorerStore } from "./state/explorerStore";
import { ExplorerStoreContext } from "./state/hooks";
import { SHARE_PLACEHOLDER } from "./StandaloneApp";

const { width, height, steps, count, balance } = DEFAULT_STATE;

export function prerender(): string {
  return renderToString(
    <>
      <noscript>
        <p className="noscript-note">
          JavaScript is off, so this page shows the default settings ({formatSize(width, height)}, {steps} steps,{" "}
          {count} {plural(count, "image", "images")}, a balance of {formatBalance(balance)} credits) whatever its
          address says, and the controls do not move.
        </p>
      </noscript>
      <ExplorerStoreContext value={createExplorerStore(DEFAULT_STATE)}>
        <LatePartsContext value={PARTS_AFTER_PAINT}>
          <ExplorerRoot>
            <Explorer actions={SHARE_PLACEHOLDER} />
          </ExplorerRoot>
        </LatePartsContext>
      </ExplorerStoreContext>
    </>,
  );
}
