import { memo, useMemo } from "react";
import { clampCount, clampSide, clampSteps, LIMITS } from "../pricing";
import { RangeField } from "../ui/RangeField";
import { formatSize, plural } from "./format";
import type { ExplorerState, StatePatch } from "./state";
import { SCHEDULE } from "./usePricing";

interface ControlsProps {
  state: ExplorerState;
  onChange: (patch: StatePatch) => void;
}

const pixels = (value: number) => `${value} pixels`;
const stepsText = (value: number) => `${value} steps`;
const imagesText = (value: number) => `${value} ${plural(value, "image", "images")}`;

export function Controls({ state, onChange }: ControlsProps) {
  const { steps, side, count } = LIMITS;
  // Stable setters, so that moving one slider re-renders that slider only.
  const set = useMemo(
    () => ({
      steps: (value: number) => onChange({ steps: value }),
      width: (value: number) => onChange({ width: value }),
      height: (value: number) => onChange({ height: value }),
      count: (value: number) => onChange({ count: value }),
    }),
    [onChange],
  );
  return (
    <div className="flex flex-col gap-4">
      <RangeField
        label="Steps"
        value={state.steps}
        {...steps}
        clamp={clampSteps}
        valueText={stepsText}
        onChange={set.steps}
      />
      <RangeField
        label="Width"
        value={state.width}
        {...side}
        clamp={clampSide}
        valueText={pixels}
        onChange={set.width}
      />
      <RangeField
        label="Height"
        value={state.height}
        {...side}
        clamp={clampSide}
        valueText={pixels}
        onChange={set.height}
      />
      <SizePicks width={state.width} height={state.height} onChange={onChange} />
      <RangeField
        label="Image count"
        value={state.count}
        {...count}
        clamp={clampCount}
        valueText={imagesText}
        onChange={set.count}
      />
    </div>
  );
}

interface SizePicksProps {
  width: number;
  height: number;
  onChange: (patch: StatePatch) => void;
}

/** Memoised on the size: moving the steps or count slider does not re-render it. */
const SizePicks = memo(function SizePicks({ width: currentWidth, height: currentHeight, onChange }: SizePicksProps) {
  return (
    <div role="group" aria-label="Published sizes" className="flex flex-wrap items-center gap-1.5">
      {SCHEDULE.sizes.map(({ width, height }) => {
        const pressed =
          (currentWidth === width && currentHeight === height) ||
          (currentWidth === height && currentHeight === width);
        return (
          <button
            key={`${width}x${height}`}
            type="button"
            aria-pressed={pressed}
            onClick={() => onChange({ width, height })}
            className="rounded-md border border-line px-2 py-1 text-xs tabular-nums text-ink hover:border-accent aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:font-semibold"
          >
            {formatSize(width, height)}
          </button>
        );
      })}
      <button
        type="button"
        onClick={() => onChange({ width: currentHeight, height: currentWidth })}
        className="rounded-md border border-line px-2 py-1 text-xs text-ink hover:border-accent"
      >
        <span aria-hidden="true">⇄ </span>Swap width and height
      </button>
    </div>
  );
});
