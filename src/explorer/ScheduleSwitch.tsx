import { useId, useState } from "react";
import type { PriceSchedule } from "../pricing/priceSchedule";
import { SCHEDULES } from "../pricing/schedulesAfter2022";
import { fitToSchedule, type ExplorerState, type RangeChange } from "../settings/settings";
import { useExplorerStore, useSettings } from "../state/hooks";

const NAMES = { steps: "steps", width: "width", height: "height" } as const;

/** What switching schedules changed, in a sentence: "SDXL beta offers sides of 512–896 px: width 1024 → 896." */
function describeChanges(state: ExplorerState, changes: readonly RangeChange[]): string {
  const { name, ranges } = state.schedule;
  const offer = `${name} offers ${ranges.steps.min}–${ranges.steps.max} steps and sides of ${ranges.side.min}–${ranges.side.max} pixels`;
  return `${offer}: ${changes.map((c) => `${NAMES[c.key]} ${c.from} → ${c.to}`).join(", ")}.`;
}

/** A schedule's name and when it applied, naming a year once: "DreamStudio 2022", "SDXL beta, from April 2023". */
export function optionLabel({ name, period }: PriceSchedule): string {
  return name.includes(period) ? name : `${name}, ${period}`;
}

/** The price schedule, and a note when switching brought settings into the new one's ranges. */
export function ScheduleSwitch() {
  const id = useId();
  const store = useExplorerStore();
  const current = useSettings((state) => state.schedule);
  const [note, setNote] = useState<{ schedule: string; text: string } | null>(null);
  function choose(id: string) {
    const schedule = SCHEDULES.find((each) => each.id === id);
    if (!schedule) return;
    const next = fitToSchedule({ ...store.getState(), schedule });
    setNote(next.changes.length > 0 ? { schedule: id, text: describeChanges(next.state, next.changes) } : null);
    store.setState(next.state);
  }
  return (
    // Above its menu in a docs column too: beside it, the label took two lines and the menu lost
    // the end of a schedule's name ("DreamStudio 202") in a 632 px column.
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-ink">
        Price schedule
      </label>
      <select
        id={id}
        value={current.id}
        onChange={(event) => choose(event.target.value)}
        className="select w-full min-w-0"
      >
        {SCHEDULES.map((schedule) => (
          <option key={schedule.id} value={schedule.id}>
            {optionLabel(schedule)}
          </option>
        ))}
      </select>
      {note?.schedule === current.id && (
        <p role="status" className="text-xs font-medium text-warn">
          {note.text}
        </p>
      )}
    </div>
  );
}

