import { memo, use, useMemo } from "react";
import { publishedColumnIndex } from "../pricing/quote";
import type { PriceSchedule } from "../pricing/schedule";
import { RANGED, scheduleOf, type ExplorerState, type StatePatch } from "../settings/settings";
import { Button } from "../ui/Button";
import { Deferred } from "../ui/Deferred";
import { RangeField, type RangeFieldProps } from "../ui/RangeField";
import { formatSize, plural } from "./format";
import { LatePartsContext } from "./lateParts";
import { readRangeText } from "./readField";


interface ControlsProps {
  state: ExplorerState;
  onChange: (patch: StatePatch) => void;
}

type Ranged = keyof typeof RANGED;
type Field = Omit<RangeFieldProps, "value">;

const LABELS: Record<Ranged, [label: string, valueText: (value: number) => string]> = {
  steps: ["Steps", (value) => `${value} steps`],
  width: ["Width", (value) => `${value} pixels`],
  height: ["Height", (value) => `${value} pixels`],
  count: ["Image count", (value) => `${value} ${plural(value, "image", "images")}`],
};

/** Each slider's label, range, reader and setter under a schedule. */
function fieldsFor(schedule: PriceSchedule, onChange: (patch: StatePatch) => void): Record<Ranged, Field> {
  const context = { schedule };
  const field = (key: Ranged): Field => ({
    label: LABELS[key][0],
    valueText: LABELS[key][1],
    range: RANGED[key].range(context),
    read: (text) => readRangeText(text, RANGED[key], context),
    onChange: (value) => onChange({ [key]: value }),
  });
  return { steps: field("steps"), width: field("width"), height: field("height"), count: field("count") };
}

export function Controls({ state, onChange }: ControlsProps) {
  // The switch holds the schedules after the 2022 table: on the standalone page, they load after the first paint.
  const { ScheduleSwitch } = use(LatePartsContext);
  const schedule = scheduleOf(state);
  // The same fields from one key press to the next (until the schedule changes), so that a press
  // re-renders only the slider it moved: RangeField is memoised. Measured in npm run bench.
  const fields = useMemo(() => fieldsFor(schedule, onChange), [schedule, onChange]);
  return (
    <div className="stack">
      <Deferred name="price schedule switch" placeholder={<div className="min-h-14" />}>
        <ScheduleSwitch state={state} onChange={onChange} />
      </Deferred>
      <RangeField {...fields.steps} value={state.steps} />
      <RangeField {...fields.width} value={state.width} />
      <RangeField {...fields.height} value={state.height} />
      <SizePicks schedule={schedule} width={state.width} height={state.height} onChange={onChange} />
      <RangeField {...fields.count} value={state.count} />
    </div>
  );
}

interface SizePicksProps {
  schedule: PriceSchedule;
  width: number;
  height: number;
  onChange: (patch: StatePatch) => void;
}

/** The published sizes, one press each, and a swap of width and height. Memoised on the size. */
const SizePicks = memo(function SizePicks({ schedule, width, height, onChange }: SizePicksProps) {
  const current = publishedColumnIndex(schedule, { width, height });
  return (
    <div role="group" aria-label="Published sizes" className="flex flex-wrap items-center gap-1.5">
      {schedule.grid.sizes.map((size, column) => (
        <Button key={`${size.width}x${size.height}`} look="chip" aria-pressed={column === current} onClick={() => onChange(size)} className="tabular-nums">
          {formatSize(size.width, size.height)}
        </Button>
      ))}
      <Button look="chip" onClick={() => onChange({ width: height, height: width })}>
        <span aria-hidden="true">⇄ </span>Swap width and height
      </Button>
    </div>
  );
});
