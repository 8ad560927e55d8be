import { useId, useState } from "react";
import { SCHEDULES } from "../pricing/laterSchedules";
import { addSchedules } from "../settings/schedules";
import { fitToSchedule, scheduleOf, type ExplorerState, type RangeChange, type StatePatch } from "../settings/settings";

// The switch offers every schedule, so they are all here to price with once it has loaded.
addSchedules(SCHEDULES);

interface ScheduleSwitchProps {
  state: ExplorerState;
  onChange: (patch: StatePatch) => void;
}

const NAMES = { steps: "steps", width: "width", height: "height" } as const;

/** What switching schedules changed, in a sentence: "SDXL beta offers sides of 512–896 px: width 1024 → 896." */
function describeChanges(state: ExplorerState, changes: readonly RangeChange[]): string {
  const { name, ranges } = scheduleOf(state);
  const offer = `${name} offers ${ranges.steps.min}–${ranges.steps.max} steps and sides of ${ranges.side.min}–${ranges.side.max} pixels`;
  return `${offer}: ${changes.map((c) => `${NAMES[c.key]} ${c.from} → ${c.to}`).join(", ")}.`;
}

/** The price schedule, and a note when switching brought settings into the new one's ranges. */
export function ScheduleSwitch({ state, onChange }: ScheduleSwitchProps) {
  const id = useId();
  const [note, setNote] = useState<{ schedule: string; text: string } | null>(null);
  function choose(schedule: string) {
    const next = fitToSchedule({ ...state, schedule });
    setNote(next.changes.length > 0 ? { schedule, text: describeChanges(next.state, next.changes) } : null);
    onChange(next.state);
  }
  return (
    <div className="flex flex-col gap-1 compact:grid compact:grid-cols-[6.75rem_minmax(0,1fr)] compact:items-center compact:gap-x-2">
      <label htmlFor={id} className="text-sm font-semibold text-ink">
        Price schedule
      </label>
      <select
        id={id}
        value={state.schedule}
        onChange={(event) => choose(event.target.value)}
        className="select w-full min-w-0"
      >
        {SCHEDULES.map((schedule) => (
          <option key={schedule.id} value={schedule.id}>
            {schedule.name}, {schedule.period}
          </option>
        ))}
      </select>
      {note?.schedule === state.schedule && (
        <p role="status" className="text-xs font-medium text-warn compact:col-span-2">
          {note.text}
        </p>
      )}
    </div>
  );
}

