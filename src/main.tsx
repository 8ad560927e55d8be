import { StrictMode, useLayoutEffect, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import "./index.css";
import { FrameApp } from "./embed/FrameApp";
import { parseEmbedOptions } from "./settings/url";
import { StandaloneApp } from "./StandaloneApp";
import { ErrorBoundary } from "./ui/ErrorBoundary";

/**
 * The first commit shows the page that first-paint.js hid, now with the address's settings on it,
 * and leaves a User Timing mark for the benchmark's count of the JavaScript loaded before it.
 */
function FirstCommit({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    document.documentElement.removeAttribute("data-pending");
    performance.mark("pricing-explorer:first-render");
  }, []);
  return children;
}

const { embed, origin } = parseEmbedOptions(new URLSearchParams(window.location.search));
const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <StrictMode>
      <FirstCommit>
        <ErrorBoundary
          name="explorer"
          fallback={<p role="alert">The credit pricing explorer failed to start. Reload the page to try again.</p>}
        >
          {embed ? <FrameApp origin={origin} /> : <StandaloneApp />}
        </ErrorBoundary>
      </FirstCommit>
    </StrictMode>,
  );
}
