import { lazy, StrictMode, Suspense, useLayoutEffect, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import "./index.css";
import type { PriceSchedule } from "./pricing/priceSchedule";
import { DREAMSTUDIO_2022 } from "./pricing/schedule2022";
import { SCHEDULE_IDS } from "./settings/settings";
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

// The iframe's own code (reporting its height, following the host's theme) loads only there.
const FrameApp = lazy(() => import("./embed/FrameApp").then((m) => ({ default: m.FrameApp })));

function render(container: HTMLElement, params: URLSearchParams, schedules: readonly PriceSchedule[]) {
  // index.html?embed=1 is the page inside embed.js's iframe.
  const embed = params.get("embed") === "1";
  createRoot(container).render(
    <StrictMode>
      <FirstCommit>
        <ErrorBoundary
          name="explorer"
          fallback={<p role="alert">The credit pricing explorer failed to start. Reload the page to try again.</p>}
        >
          {embed ? (
            <Suspense>
              <FrameApp schedules={schedules} />
            </Suspense>
          ) : (
            <StandaloneApp schedules={schedules} />
          )}
        </ErrorBoundary>
      </FirstCommit>
    </StrictMode>,
  );
}

const container = document.getElementById("root");
const params = new URLSearchParams(window.location.search);
/**
 * Whether the address names a schedule after the 2022 table. Their data loads after the first
 * paint otherwise (the schedule switch and the comparison bring it), keeping the first render
 * within its byte budget.
 */
function namesLaterSchedule(id: string | null): boolean {
  return id !== DREAMSTUDIO_2022.id && SCHEDULE_IDS.some((known) => known === id);
}

if (container) {
  // A link to a later schedule waits for it: the page stays hidden until it can show its price.
  if (namesLaterSchedule(params.get("schedule"))) {
    void import("./pricing/schedulesAfter2022").then(({ SCHEDULES }) => render(container, params, SCHEDULES));
  } else render(container, params, [DREAMSTUDIO_2022]);
}
