import { lazy, startTransition, StrictMode, Suspense, useLayoutEffect, type ReactNode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
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

// The iframe's own code (reporting its height, following the host's theme) loads only there:
// 1,106 B (gzip -9) the standalone page does without.
const FrameApp = lazy(() => import("./embed/FrameApp").then((m) => ({ default: m.FrameApp })));

/** Every root's shell: the first commit's mark, and a message if the explorer cannot start. */
function shell(app: ReactNode) {
  return (
    <StrictMode>
      <FirstCommit>
        <ErrorBoundary
          name="explorer"
          fallback={<p role="alert">The credit pricing explorer failed to start. Reload the page to try again.</p>}
        >
          {app}
        </ErrorBoundary>
      </FirstCommit>
    </StrictMode>
  );
}

function render(container: HTMLElement, params: URLSearchParams, schedules: readonly PriceSchedule[]) {
  // index.html?embed=1 is the page inside embed.js's iframe.
  if (params.get("embed") === "1") {
    createRoot(container).render(
      shell(
        <Suspense>
          <FrameApp schedules={schedules} />
        </Suspense>,
      ),
    );
    return;
  }
  const page = shell(
    <>
      {/* In the place of the prerendered markup's note for readers without JavaScript. */}
      <noscript />
      <StandaloneApp schedules={schedules} />
    </>,
  );
  // With no query, the prerendered markup (src/prerender.tsx) is the default state's, which this
  // renders: hydrated, the nodes already painted stay, and the page's largest text, painted
  // before any script ran, stays its Largest Contentful Paint (re-created by createRoot, it
  // counted again after React's first commit: 6 of 7 loads at 4× CPU, 304 ms later at the median).
  // Hydrating in a transition lets React yield every few milliseconds instead of one long task.
  if (window.location.search === "" && container.firstElementChild) {
    startTransition(() => {
      hydrateRoot(container, page);
    });
  } else createRoot(container).render(page);
}

/**
 * Whether the address names a schedule after the 2022 table. Their data (1,545 B gzip -9) loads
 * after the first paint otherwise, with the schedule switch and the comparison that offer them.
 */
function namesLaterSchedule(id: string | null): boolean {
  return id !== DREAMSTUDIO_2022.id && SCHEDULE_IDS.some((known) => known === id);
}

const container = document.getElementById("root");
const params = new URLSearchParams(window.location.search);
if (container) {
  // A link to a later schedule waits for it: the page stays hidden until it can show its price.
  if (namesLaterSchedule(params.get("schedule"))) {
    void import("./pricing/schedulesAfter2022").then(({ SCHEDULES }) => render(container, params, SCHEDULES));
  } else render(container, params, [DREAMSTUDIO_2022]);
}
