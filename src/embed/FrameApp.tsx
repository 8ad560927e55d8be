import { useEffect, useRef, useState } from "react";
import { Explorer } from "../explorer/Explorer";
import { ExplorerRoot } from "../explorer/ExplorerRoot";
import { PartsAtOnce } from "../explorer/partsAtOnce";
import { standaloneUrl } from "../settings/link";
import { useUrlState } from "../share/useUrlState";
import { parseOrigin, readTheme, type SchemeName } from "./protocol";

/**
 * index.html?embed=1 inside an iframe: the compact explorer on the host page's background. With
 * the origin embed.js gives it, it reports its height to that origin and follows that page's
 * light or dark scheme when its own theme is auto; it listens to nobody else.
 */
export function FrameApp() {
  const [state, update] = useUrlState();
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
    // Loaded here, so that the standalone page does not carry it.
    let stop: (() => void) | null = null;
    let cancelled = false;
    void import("./reportHeight").then(({ reportHeight }) => {
      if (!cancelled) stop = reportHeight(element, origin);
    });
    return () => {
      cancelled = true;
      stop?.();
      removeEventListener("message", onMessage);
    };
  }, [origin]);

  const theme = state.theme === "auto" && hostScheme ? hostScheme : state.theme;
  useEffect(() => {
    // The document's scheme matches the iframe element's (embed.js sets it), so that the browser
    // paints no opaque backdrop behind the transparent explorer.
    document.documentElement.style.colorScheme = theme === "auto" ? "" : theme;
  }, [theme]);

  return (
    <ExplorerRoot ref={root} theme={theme} transparent>
      <PartsAtOnce>
        <Explorer state={state} onChange={update} compact actions={<FullPageLink />} />
      </PartsAtOnce>
    </ExplorerRoot>
  );
}

function FullPageLink() {
  return (
    <a href={standaloneUrl(window.location.href)} target="_blank" rel="noopener" className="font-medium text-accent underline">
      Open the full explorer<span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
