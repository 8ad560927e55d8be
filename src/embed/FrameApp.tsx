import { useEffect, useRef, useState } from "react";
import { Explorer } from "../explorer/Explorer";
import { ExplorerRoot, useShownTheme } from "../explorer/ExplorerRoot";
import { PartsAtOnce } from "../explorer/partsAtOnce";
import type { PriceSchedule } from "../pricing/priceSchedule";
import { standaloneUrl } from "../settings/query";
import type { SchemeName } from "../settings/settings";
import { urlWithState, useAddressStore } from "../state/address";
import { ExplorerStoreContext, useSettings } from "../state/hooks";
import { parseOrigin, readTheme } from "./protocol";
import { reportHeight } from "./reportHeight";

/**
 * index.html?embed=1 inside an iframe: the compact explorer on the host page's background. With
 * the origin embed.js gives it, it reports its height to that origin and follows that page's
 * light or dark scheme when its own theme is auto; it listens to nobody else.
 */
export function FrameApp({ schedules }: { schedules: readonly PriceSchedule[] }) {
  const store = useAddressStore(schedules);
  return (
    <ExplorerStoreContext value={store}>
      <Frame />
    </ExplorerStoreContext>
  );
}

function Frame() {
  const [origin] = useState(() => parseOrigin(new URLSearchParams(window.location.search).get("origin")));
  const [hostScheme, setHostScheme] = useState<SchemeName | null>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.body.classList.add("embedded");
    const element = root.current;
    if (!origin || !element || window.parent === window) return;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || event.origin !== origin) return;
      const scheme = readTheme(event.data);
      if (scheme) setHostScheme(scheme);
    };
    addEventListener("message", onMessage);
    const stop = reportHeight(element, origin);
    return () => {
      stop();
      removeEventListener("message", onMessage);
    };
  }, [origin]);

  const theme = useShownTheme(hostScheme);
  useEffect(() => {
    // The document's scheme matches the iframe element's (embed.js sets it), so that the browser
    // paints no opaque backdrop behind the transparent explorer.
    document.documentElement.style.colorScheme = theme === "auto" ? "" : theme;
  }, [theme]);

  return (
    <ExplorerRoot ref={root} hostScheme={hostScheme} transparent>
      <PartsAtOnce>
        <Explorer compact actions={<FullPageLink />} />
      </PartsAtOnce>
    </ExplorerRoot>
  );
}

/** A link to the standalone page with the settings as they are now. */
function FullPageLink() {
  const state = useSettings((current) => current);
  return (
    <a href={standaloneUrl(new URL(urlWithState(state), window.location.href).href)} target="_blank" rel="noopener" className="font-medium text-accent underline">
      Open the full explorer<span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
