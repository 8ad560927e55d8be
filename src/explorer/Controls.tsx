import { publishedColumn } from "../pricing/quote";
import { RANGED, type ExplorerState, type StatePatch } from "../settings/settings";
import { Button } from "../ui/Button";
import { RangeField } from "../ui/RangeField";
import { formatSize, plural } from "./format";
import { readRangeText } from "./readField";
import { SCHEDULE } from "./schedule";

interface ControlsProps {
  state: ExplorerState;
  onChange: (patch: StatePatch) => void;
}

const SLIDERS = [
  { key: "steps", label: "Steps", valueText: (value: number) => `${value} steps` },
  { key: "width", label: "Width", valueText: (value: number) => `${value} pixels` },
  { key: "height", label: "Height", valueText: (value: number) => `${value} pixels` },
] as const;

const imagesText = (value: number) => `${value} ${plural(value, "image", "images")}`;

export function Controls({ state, onChange }: ControlsProps) {
  return (
    <div className="flex flex-col gap-4">
      {SLIDERS.map(({ key, label, valueText }) => (
        <RangeField
          key={key}
          label={label}
          value={state[key]}
          range={RANGED[key].range}
          read={(text) => readRangeText(text, RANGED[key])}
          valueText={valueText}
          onChange={(value) => onChange({ [key]: value })}
        />
      ))}
      <SizePicks width={state.width} height={state.height} onChange={onChange} />
      <RangeField
        label="Image count"
        value={state.count}
        range={RANGED.count.range}
        read={(text) => readRangeText(text, RANGED.count)}
        valueText={imagesText}
        onChange={(count) => onChange({ count })}
      />
    </div>
  );
}

interface SizePicksProps {
  width: number;
  height: number;
  onChange: (patch: StatePatch) => void;
}

/** The published sizes, one press each, and a swap of width and height. */
function SizePicks({ width, height, onChange }: SizePicksProps) {
  const current = publishedColumn(SCHEDULE, { width, height });
  return (
    <div role="group" aria-label="Published sizes" className="flex flex-wrap items-center gap-1.5">
      {SCHEDULE.sizes.map((size, column) => (
        <Button
          key={`${size.width}x${size.height}`}
          look="chip"
          aria-pressed={column === current}
          onClick={() => onChange(size)}
          className="tabular-nums"
        >
          {formatSize(size.width, size.height)}
        </Button>
      ))}
      <Button look="chip" onClick={() => onChange({ width: height, height: width })}>
        <span aria-hidden="true">⇄ </span>Swap width and height
      </Button>
    </div>
  );
}
