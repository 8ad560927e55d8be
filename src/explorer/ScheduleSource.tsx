import type { PriceSchedule } from "../pricing/priceSchedule";

/** Where a schedule's figures come from and when they applied, with what a reader should know. */
export function ScheduleSource({ schedule }: { schedule: PriceSchedule }) {
  return (
    <div className="flex flex-col gap-1 text-xs text-muted">
      <p>
        <span className="font-semibold text-ink">{schedule.name}</span>, {schedule.dates}. Source:{" "}
        {schedule.sources.map((source, i) => (
          <span key={source.title}>
            {i > 0 && "; "}
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener" className="text-accent underline">
                {source.title}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            ) : (
              source.title
            )}
          </span>
        ))}
        .
      </p>
      {schedule.notes.map((note) => (
        <p key={note} className="compact:hidden">
          {note}
        </p>
      ))}
    </div>
  );
}
