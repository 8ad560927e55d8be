import { useEffect, useRef, useState } from "react";
import { Explorer } from "../explorer/Explorer";
import { ExplorerRoot, useShownTheme } from "../explorer/ExplorerRoot";
import { PartsAtOnce } from "../explorer/partsAtOnce";
import type { PriceSchedule } from "../pricing/priceSchedule";
import { standaloneUrl } from "../settings/query";
import type { SchemeName } from "../settings/settings";
import { urlWithState, useAddressStore } from "../state/address";
import { ExplorerStoreContext, useSettings } from "../state/hooks";
import { helloEnvelope, parseOrigin, readTheme } from "./protocol";
import { reportHeight } from "./reportHeight";

/**
 * index.html?embed=1 inside an iframe: the compact explorer on the host page's background. It
 * says hello to its parent; embed.js there answers with the page's light or dark scheme, which
 * the explorer follows when its own theme is auto, and from then on the explorer reports its
 * height to that page's origin and listens to nobody else. The origin is the one in its address
 * (embed.js's own iframes), else the one the browser gives the parent's first answer (an iframe
 * in the page's markup keeps the address it was pasted with, and loads once).
 */
export function FrameApp({ schedules }: { schedules: readonly PriceSchedule[] }) {
  const store = useAddressStore(schedules);
  return (
    <ExplorerStoreContext value={store}>
      <Frame />
    </ExplorerStoreContext>
  );
}

/**
 * An explorer whose theme is auto stays unseen until the host has told it the page's scheme, so
 * that a dark page never sees it light; with no embed.js to tell it, it shows in the system's
 * scheme after this long.
 */
const UNTOLD_MS = 2000;

function Frame() {
  const [given] = useState(() => parseOrigin(new URLSearchParams(window.location.search).get("origin")));
  const [hostScheme, setHostScheme] = useState<SchemeName | null>(null);
  const [untold, setUntold] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The development server's page has no first-paint.js to mark it (src/index.css).
    document.documentElement.setAttribute("data-embed", "");
    const timer = setTimeout(() => setUntold(true), UNTOLD_MS);
    const element = root.current;
    if (!element || window.parent === window) return () => clearTimeout(timer);
    let origin = given;
    let stopReporting: (() => void) | null = null;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || (origin !== null && event.origin !== origin)) return;
      const scheme = readTheme(event.data);
      if (!scheme) return;
      origin ??= parseOrigin(event.origin);
      if (!origin) return;
      stopReporting ??= reportHeight(element, origin);
      setHostScheme(scheme);
    };
    addEventListener("message", onMessage);
    window.parent.postMessage(helloEnvelope(), origin ?? "*");
    return () => {
      clearTimeout(timer);
      stopReporting?.();
      removeEventListener("message", onMessage);
    };
  }, [given]);

  const themed = useShownTheme(hostScheme) !== "auto" || untold || window.parent === window;
  return (
    <ExplorerRoot ref={root} hostScheme={hostScheme} transparent hidden={!themed}>
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
