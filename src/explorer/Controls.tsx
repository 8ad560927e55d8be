import { memo, useMemo } from "react";
import { publishedColumnIndex } from "../pricing/quote";
import type { PriceSchedule } from "../pricing/priceSchedule";
import { SETTINGS, type StatePatch } from "../settings/settings";
import { useSettings, useUpdate } from "../state/hooks";
import { Button } from "../ui/Button";
import { Deferred } from "../ui/Deferred";
import { RangeField, type RangeFieldProps } from "../ui/RangeField";
import { formatSize, plural } from "./format";
import { useLateParts } from "./lateParts";
import { readRangeText } from "./readField";

type Ranged = "steps" | "width" | "height" | "count";
type Field = Omit<RangeFieldProps, "value">;

const LABELS: Record<Ranged, [label: string, valueText: (value: number) => string]> = {
  steps: ["Steps", (value) => `${value} steps`],
  width: ["Width", (value) => `${value} pixels`],
  height: ["Height", (value) => `${value} pixels`],
  count: ["Image count", (value) => `${value} ${plural(value, "image", "images")}`],
};

/** Each slider's label, range, reader and setter under a schedule. */
function fieldsFor(schedule: PriceSchedule, onChange: (patch: StatePatch) => void): Record<Ranged, Field> {
  const context = { schedule, schedules: [schedule] };
  const field = (key: Ranged): Field => ({
    label: LABELS[key][0],
    valueText: LABELS[key][1],
    range: SETTINGS[key].range(context),
    read: (text) => readRangeText(text, SETTINGS[key], context),
    onChange: (value) => onChange({ [key]: value }),
  });
  return { steps: field("steps"), width: field("width"), height: field("height"), count: field("count") };
}

/** The schedule and the sliders, each reading its own setting from the store. */
export function Controls() {
  // The switch holds the schedules after the 2022 table: on the standalone page, they load after the first paint.
  const { ScheduleSwitch } = useLateParts();
  const schedule = useSettings((state) => state.schedule);
  const update = useUpdate();
  // The same fields from one key press to the next (until the schedule changes), so that a press
  // re-renders only the slider it moved: RangeField is memoised.
  const fields = useMemo(() => fieldsFor(schedule, update), [schedule, update]);
  const steps = useSettings((state) => state.steps);
  const width = useSettings((state) => state.width);
  const height = useSettings((state) => state.height);
  const count = useSettings((state) => state.count);
  return (
    <div className="stack">
      <Deferred name="price schedule switch" placeholder={<div className="min-h-14" />}>
        <ScheduleSwitch />
      </Deferred>
      <RangeField {...fields.steps} value={steps} />
      <RangeField {...fields.width} value={width} />
      <RangeField {...fields.height} value={height} />
      <SizePicks schedule={schedule} width={width} height={height} onChange={update} />
      <RangeField {...fields.count} value={count} />
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
