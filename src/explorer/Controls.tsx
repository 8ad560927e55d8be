
import { ignoresSize, publishedColumnIndex } from "../pricing/quote";
import { SETTINGS } from "../settings/settings";
import { useSettings, useUpdate } from "../state/hooks";
import { Button } from "../ui/Button";
import { Deferred } from "../ui/Deferred";
import { RangeField } from "../ui/RangeField";
import { formatSize, plural } from "./format";
import { useLateParts } from "./lateParts";
import { readRangeText } from "./readField";

type Ranged = "steps" | "width" | "height" | "count";

const LABELS: Record<Ranged, [label: string, valueText: (value: number) => string]> = {
  steps: ["Steps", (value) => `${value} steps`],
  width: ["Width", (value) => `${value} pixels`],
  height: ["Height", (value) => `${value} pixels`],
  count: ["Image count", (value) => `${value} ${plural(value, "image", "images")}`],
};

/** The schedule and the sliders: each slider reads its own setting, so a key press renders that one alone. */
export function Controls() {
  // The switch holds the schedules after the 2022 table: on the standalone page, they load after the first paint.
  const { ScheduleSwitch } = useLateParts();
  return (
    <div className="stack">
      <Deferred name="price schedule switch" placeholder={<div className="min-h-14" />}>
        <ScheduleSwitch />
      </Deferred>
      <SettingSlider setting="steps" />
      <SettingSlider setting="width" />
      <SettingSlider setting="height" />
      <SizePicks />
      <SettingSlider setting="count" />
    </div>
  );
}

/** A slider and its text field for one setting, in its schedule's range. */
function SettingSlider({ setting }: { setting: Ranged }) {
  const schedule = useSettings((state) => state.schedule);
  const value = useSettings((state) => state[setting]);
  const update = useUpdate();
  const context = { schedule, schedules: [schedule] };
  return (
    <RangeField
      label={LABELS[setting][0]}
      valueText={LABELS[setting][1]}
      range={SETTINGS[setting].range(context)}
      read={(text) => readRangeText(text, SETTINGS[setting], context)}
      onChange={(next) => update({ [setting]: next })}
      value={value}
    />
  );
}

/** The published sizes, one press each, and a swap of width and height. */
function SizePicks() {
  const schedule = useSettings((state) => state.schedule);
  const width = useSettings((state) => state.width);
  const height = useSettings((state) => state.height);
  const onChange = useUpdate();
  // Where the size does not change the price (SDXL 1.0), the one published column is not the size set.
  const current = ignoresSize(schedule) ? -1 : publishedColumnIndex(schedule, { width, height });
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
}
