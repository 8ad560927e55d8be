import { useEffect, useRef, useState } from "react";
import { Explorer } from "../explorer/Explorer";
import { ExplorerRoot } from "../explorer/ExplorerRoot";
import { standaloneUrl } from "../settings/link";
import { useUrlState } from "../share/useUrlState";
import { parseOrigin } from "./protocol";

/**
 * index.html?embed=1 inside embed.js's iframe: the compact explorer, on the host page's
 * background, reporting its height to the origin that embedded it.
 */
export function FrameApp() {
  const [state, update] = useUrlState();
  const [origin] = useState(() => parseOrigin(new URLSearchParams(window.location.search).get("origin")));
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.body.classList.add("embedded");
    const element = root.current;
    if (!origin || !element || window.parent === window) return;
    // Loaded here, so that the standalone page does not carry it.
    let stop: (() => void) | null = null;
    let cancelled = false;
    void import("./reportHeight").then(({ reportHeight }) => {
      if (!cancelled) stop = reportHeight(element, origin);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [origin]);

  return (
    <ExplorerRoot ref={root} theme={state.theme} transparent>
      <Explorer state={state} onChange={update} compact actions={<FullPageLink />} />
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
