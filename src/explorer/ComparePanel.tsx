import { Suspense, useId } from "react";
import { compareSchedules, type ScheduleQuote } from "../pricing/compare";
import { SCHEDULES } from "../pricing/schedulesAfter2022";
import { toCredits } from "../pricing/units";
import { pricedSettings } from "../settings/settings";
import { useSettledSettings } from "../state/hooks";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { preloadable } from "../ui/preloadable";
import { useNearViewport } from "../ui/useNearViewport";
import { formatCount, formatCredits, formatDollars, formatSize, plural, READER_LOCALE } from "./format";

const { Component: CompareChart, preload } = preloadable(() => import("./CompareChart").then((m) => m.CompareChart));

const percent = new Intl.NumberFormat(READER_LOCALE, { style: "percent", signDisplay: "exceptZero", maximumFractionDigits: 0 });

/** A change in whole per cent, in words a reader expects: "−67 %", "+12 %", "same". */
function formatChange(change: number | null): string {
  if (change === null) return "—";
  return change === 0 ? "same" : percent.format(change / 100);
}

/**
 * A figure's cell. Narrow, its column's name comes before it (generated content, with empty
 * alternative text: a screen reader has the column header already).
 */
const CELL =
  "px-1 text-right tabular-nums text-ink @md:px-2 @max-sm:text-left @max-sm:before:block @max-sm:before:text-muted @max-sm:before:content-[attr(data-label)_/_'']";

/** Why a schedule did not price the settings: what it offered instead. */
function notOffered({ schedule }: ScheduleQuote): string {
  const { steps, side } = schedule.ranges;
  return `Not offered: ${steps.min}–${steps.max} steps and sides of ${side.min}–${side.max} pixels.`;
}

/** The current settings priced by every schedule: a table first, and a small chart of it. */
export function ComparePanel() {
  const state = useSettledSettings();
  const quotes = compareSchedules(SCHEDULES, pricedSettings(state));
  const captionId = useId();
  const [chartBox, near] = useNearViewport<HTMLDivElement>(preload);
  const reference = SCHEDULES[0]?.name ?? "";
  return (
    <div className="flex flex-col gap-3">
      {/* Focusable, in case a narrower box than a phone's still scrolls it sideways. Below a phone's
          width (container < 24rem, classic scrollbars included) each row is stacked as label and value
          pairs, so that no column is cut; the ARIA roles keep it a table when its display changes. */}
      <div role="region" aria-labelledby={captionId} tabIndex={0} className="-mx-1 overflow-x-auto px-1 pb-1 @max-sm:mx-0 @max-sm:px-0">
        <table role="table" className="w-full border-separate border-spacing-y-1 text-xs @max-sm:block @md:text-sm">
          <caption id={captionId} className="mb-2 text-left text-sm font-semibold text-ink @max-sm:block">
            {formatSize(state.width, state.height)} at {state.steps} steps, {state.count}{" "}
            {plural(state.count, "image", "images")}, under each price schedule{" "}
            <span className="font-normal text-muted">(change from the {reference} table, per image)</span>
          </caption>
          <thead role="rowgroup" className="@max-sm:sr-only">
            <tr role="row" className="text-left align-bottom text-xs text-muted">
              <th role="columnheader" scope="col" className="px-1 font-semibold @md:px-2">Schedule</th>
              <th role="columnheader" scope="col" className="px-1 text-right font-semibold @md:px-2">Per image</th>
              <th role="columnheader" scope="col" className="px-1 text-right font-semibold @md:px-2">Total</th>
              <th role="columnheader" scope="col" className="px-1 text-right font-semibold @md:px-2">Images the balance buys</th>
              <th role="columnheader" scope="col" className="px-1 text-right font-semibold @md:px-2">
                Change<span className="sr-only"> from {reference}</span>
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup" className="@max-sm:flex @max-sm:flex-col @max-sm:gap-1">
            {quotes.map((quote) => {
              const current = quote.schedule === state.schedule;
              return (
                <tr
                  key={quote.schedule.id}
                  role="row"
                  aria-current={current ? "true" : undefined}
                  className={`@max-sm:grid @max-sm:grid-cols-2 @max-sm:gap-x-2 @max-sm:gap-y-1 @max-sm:rounded-lg @max-sm:px-1 @max-sm:pb-1.5 ${current ? "bg-accent-soft" : ""}`}
                >
                  <th role="rowheader" scope="row" className="rounded-l-lg px-1 py-1.5 text-left font-semibold text-ink @max-sm:col-span-2 @max-sm:pb-0 @md:px-2">
                    {quote.schedule.name}
                    <span className="block text-xs font-normal text-muted">{quote.schedule.period}</span>
                  </th>
                  {quote.offered ? (
                    <>
                      <td role="cell" data-label="Per image" className={CELL}>{formatCredits(quote.perImage)}</td>
                      <td role="cell" data-label="Total" className={CELL}>
                        {formatCredits(quote.total)} <span className="block text-muted">{formatDollars(quote.total)}</span>
                      </td>
                      <td role="cell" data-label="Images the balance buys" className={CELL}>{formatCount(quote.images)}</td>
                      <td role="cell" data-label="Change" className={`rounded-r-lg ${CELL}`}>{formatChange(quote.change)}</td>
                    </>
                  ) : (
                    <td role="cell" colSpan={4} className="rounded-r-lg px-1 text-muted @max-sm:col-span-2 @md:px-2">
                      {notOffered(quote)}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div ref={chartBox} className="h-[180px]" aria-hidden="true">
        <ErrorBoundary name="comparison chart" fallback={null}>
          {near && (
            <Suspense fallback={null}>
              <CompareChart
                bars={quotes.flatMap((q, i) => (q.offered ? [{ name: q.schedule.name, credits: toCredits(q.perImage), series: i }] : []))}
              />
            </Suspense>
          )}
        </ErrorBoundary>
      </div>
    </div>
  );
}
