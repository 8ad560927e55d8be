import type { ReactNode, Ref } from "react";
import type { Theme } from "../settings/settings";

interface ExplorerRootProps {
  theme: Theme;
  /** Embedded explorers let the host page's background show around their cards. */
  transparent?: boolean;
  children: ReactNode;
  ref?: Ref<HTMLDivElement>;
}

/** The themed box every explorer renders in: standalone, in an iframe, or in a shadow root. */
export function ExplorerRoot({ theme, transparent = false, children, ref }: ExplorerRootProps) {
  return (
    <div
      ref={ref}
      data-theme={theme}
      className={`explorer-root ${transparent ? "" : "min-h-screen bg-page"}`}
    >
      {children}
    </div>
  );
}
