import type { ReactNode, Ref } from "react";
import type { SchemeName, Theme } from "../settings/settings";
import { useSettings } from "../state/hooks";

interface ExplorerRootProps {
  /** The host page's scheme, which a theme of auto follows (else the system's). */
  hostScheme?: SchemeName | null;
  /** Embedded explorers let the host page's background show around their cards. */
  transparent?: boolean;
  /** Laid out but not painted: an embed waiting to be told the host page's scheme. */
  hidden?: boolean;
  children: ReactNode;
  ref?: Ref<HTMLDivElement>;
}

/** The theme shown: the setting, or the host's scheme when the setting is auto. */
export function useShownTheme(hostScheme: SchemeName | null = null): Theme {
  const theme = useSettings((state) => state.theme);
  return theme === "auto" && hostScheme ? hostScheme : theme;
}

/** The themed box every explorer renders in: standalone, in an iframe, or in a shadow root. */
export function ExplorerRoot({ hostScheme = null, transparent = false, hidden = false, children, ref }: ExplorerRootProps) {
  return (
    <div
      ref={ref}
      data-theme={useShownTheme(hostScheme)}
      className={`explorer-root ${transparent ? "" : "min-h-screen bg-page"} ${hidden ? "invisible" : ""}`}
    >
      {children}
    </div>
  );
}
