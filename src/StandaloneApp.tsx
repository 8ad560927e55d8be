import { lazy, memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { Explorer } from "./explorer/Explorer";
import { ExplorerRoot } from "./explorer/ExplorerRoot";
import { parseEmbedOptions, standaloneUrl } from "./share/params";
import { useUrlState } from "./share/useUrlState";
import { Deferred } from "./ui/Deferred";

// Memoised with a stable getter: the buttons read the settings when clicked, and a key press
// does not re-render them.
const ShareActions = lazy(() => import("./share/ShareActions").then((m) => ({ default: memo(m.ShareActions) })));

/** What stands in the share buttons' place until their code has loaded. */
export const SHARE_PLACEHOLDER = <div className="min-h-9" />;

/** The page at index.html: standalone, or compact inside embed.js's iframe (embed=1). */
export function StandaloneApp() {
  const [state, update] = useUrlState();
  const root = useRef<HTMLDivElement>(null);
  const current = useRef(state);
  useLayoutEffect(() => {
    current.current = state;
  });
  const getState = useCallback(() => current.current, []);
  const [{ embed, origin }] = useState(() => parseEmbedOptions(new URLSearchParams(window.location.search)));

  // A User Timing mark for the benchmark: the first commit, before the first paint of the price.
  useLayoutEffect(() => {
    performance.mark("pricing-explorer:first-render");
  }, []);

  useEffect(() => {
    document.body.classList.toggle("embedded", embed);
    const element = root.current;
    if (!embed || !origin || !element || window.parent === window) return;
    // Only embeds report their height, so only they load the code for it.
    let stop: (() => void) | null = null;
    let cancelled = false;
    void import("./embed/reportHeight").then(({ reportHeight }) => {
      if (!cancelled) stop = reportHeight(element, origin);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [embed, origin]);

  // Built once: a new element on every render re-rendered the share buttons' boundary on
  // every key press.
  const actions = useMemo(
    () =>
      embed ? (
        <FullPageLink />
      ) : (
        <Deferred name="share buttons" placeholder={SHARE_PLACEHOLDER}>
          <ShareActions getState={getState} />
        </Deferred>
      ),
    [embed, getState],
  );

  return (
    <ExplorerRoot ref={root} theme={state.theme} transparent={embed}>
      <Explorer state={state} onChange={update} compact={embed} actions={actions} />
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
