import { lazy, Suspense, useEffect, useId, useRef, useState } from "react";
import { toCredits, type Hundredths } from "../pricing/units";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { formatCredits } from "./format";

// Recharts is most of this page's code: it loads only when the chart is about to be seen.
const CostChart = lazy(() => import("./CostChart").then((m) => ({ default: m.CostChart })));

interface ChartPanelProps {
  schedule: string;
  steps: number;
  perImage: Hundredths;
  sizeLabel: string;
}

const HEIGHT = "h-[300px]";

/** Whether the element has come within 200 px of the viewport (true where that cannot be known). */
function useNearViewport<T extends Element>(): [React.RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, near];
}

/** The chart's caption, and the chart once it nears the viewport. */
export function ChartPanel({ schedule, steps, perImage, sizeLabel }: ChartPanelProps) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
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
