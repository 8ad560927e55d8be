import { lazy } from "react";
import type { PriceSchedule } from "./pricing/priceSchedule";
import { Explorer } from "./explorer/Explorer";
import { ExplorerRoot } from "./explorer/ExplorerRoot";
import { LatePartsContext } from "./explorer/lateParts";
import { PARTS_AFTER_PAINT } from "./explorer/partsAfterPaint";
import { useAddressStore } from "./state/address";
import { ExplorerStoreContext } from "./state/hooks";
import { Deferred } from "./ui/Deferred";

// 1,735 B (gzip -9) that the first render does without: the buttons are at the foot of the page.
const ShareActions = lazy(() => import("./share/ShareActions").then((m) => ({ default: m.ShareActions })));

/** What stands in the share buttons' place until their code has loaded. */
export const SHARE_PLACEHOLDER = <div className="min-h-9" />;

/**
 * The page at index.html: the explorer with its settings read from the address and kept in it,
 * priced with `schedules` (the entry loads the later ones first when the address names one), its
 * parts loaded after the first paint, and share buttons.
 */
export function StandaloneApp({ schedules }: { schedules: readonly PriceSchedule[] }) {
  const store = useAddressStore(schedules);
  return (
    <ExplorerStoreContext value={store}>
      <LatePartsContext value={PARTS_AFTER_PAINT}>
        <ExplorerRoot>
          <Explorer
            actions={
              <Deferred name="share buttons" placeholder={SHARE_PLACEHOLDER}>
                <ShareActions />
              </Deferred>
            }
          />
        </ExplorerRoot>
      </LatePartsContext>
    </ExplorerStoreContext>
  );
}
