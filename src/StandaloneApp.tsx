import { useEffect, useRef } from "react";
import { reportHeight } from "./embed/reportHeight";
import { Explorer } from "./explorer/Explorer";
import { ExplorerRoot } from "./explorer/ExplorerRoot";
import { parseEmbedOptions } from "./share/params";
import { ShareActions } from "./share/ShareActions";
import { useUrlState } from "./share/useUrlState";

const embedOptions = parseEmbedOptions(new URLSearchParams(window.location.search));

/** The page at index.html: standalone, or compact inside embed.js's iframe (embed=1). */
export function StandaloneApp() {
  const [state, update] = useUrlState();
  const root = useRef<HTMLDivElement>(null);
  const { embed, origin } = embedOptions;

  useEffect(() => {
    document.body.classList.toggle("embedded", embed);
    if (!embed || !origin || !root.current || window.parent === window) return;
    return reportHeight(root.current, origin);
  }, [embed, origin]);

  return (
    <ExplorerRoot ref={root} theme={state.theme} transparent={embed}>
      <Explorer
        state={state}
        onChange={update}
        compact={embed}
        actions={embed ? <FullPageLink /> : <ShareActions state={state} />}
      />
    </ExplorerRoot>
  );
}

function FullPageLink() {
  const url = new URL(window.location.href);
  url.searchParams.delete("embed");
  url.searchParams.delete("origin");
  return (
    <a href={url.href} target="_blank" rel="noopener" className="font-medium text-accent underline">
      Open the full explorer<span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
