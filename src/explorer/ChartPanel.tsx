import { Suspense, useId } from "react";
import { toCredits, type Hundredths } from "../pricing/units";
import type { PriceSchedule } from "../pricing/priceSchedule";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { preloadable } from "../ui/preloadable";
import { useNearViewport } from "../ui/useNearViewport";
import { formatCredits } from "./format";

// Recharts is most of this page's code (122 kB gzip -9 with the chart): it loads after the page,
// and draws when the chart is about to be seen or printed.
const { Component: CostChart, preload } = preloadable(() => import("./CostChart").then((m) => m.CostChart));

interface ChartPanelProps {
  schedule: PriceSchedule;
  steps: number;
  perImage: Hundredths;
  sizeLabel: string;
}

const HEIGHT = "h-[300px]";

/** The chart's caption, and the chart once it nears the viewport. */
export function ChartPanel({ schedule, steps, perImage, sizeLabel }: ChartPanelProps) {
  const [ref, near] = useNearViewport<HTMLDivElement>(preload);
  const captionId = useId();
  const placeholder = <div className={`${HEIGHT} animate-pulse rounded-xl bg-accent-soft`} />;
  return (
    <figure aria-labelledby={captionId} className="m-0 flex flex-col gap-2">
      <figcaption id={captionId} className="text-sm font-semibold text-ink">
        Credits per image against steps, for the published sizes.{" "}
        <span className="font-normal text-muted">
          The dot marks {sizeLabel} at {steps} steps: {formatCredits(perImage)} credits.
        </span>
      </figcaption>
      <div ref={ref} className={HEIGHT}>
        <ErrorBoundary
          name="cost chart"
          fallback={
            <p className="rounded-xl border border-line p-4 text-sm text-muted">
              The chart could not be drawn. The prices above and the table are unaffected.
            </p>
          }
        >
          {near ? (
            <Suspense fallback={placeholder}>
              <CostChart schedule={schedule} steps={steps} credits={toCredits(perImage)} />
            </Suspense>
          ) : (
            placeholder
          )}
        </ErrorBoundary>
      </div>
    </figure>
  );
}
