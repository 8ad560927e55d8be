import { memo, useId } from "react";
import { parsePlainNumber } from "../pricing";
import { NumberField, type FieldReading } from "./NumberField";

export interface RangeFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** Brings any finite number into range (rounding, snapping, clamping). */
  clamp: (value: number) => number;
  /** What a listener hears for a value: "768 pixels". */
  valueText: (value: number) => string;
  onChange: (value: number) => void;
}

/** A slider paired with a text field of the same name, for the same setting. */
export const RangeField = memo(function RangeField({
  label,
  value,
  min,
  max,
  step,
  clamp,
  valueText,
  onChange,
}: RangeFieldProps) {
  const labelId = useId();
  const sliderId = useId();
  const fieldId = useId();

  function read(text: string): FieldReading<number> {
    const typed = parsePlainNumber(text);
    if (typed === null) {
      const hint = step === 1 ? "a whole number" : `a multiple of ${step}`;
      return { ok: false, error: `Type ${hint} from ${min} to ${max}.` };
    }
    const kept = clamp(typed);
    const note = kept === typed ? null : `${text} is out of range or between values: using ${kept}.`;
    return { ok: true, value: kept, note };
  }

  return (
    <div className="grid grid-cols-[1fr_auto] items-start gap-x-3">
      <label id={labelId} htmlFor={sliderId} className="pt-1.5 text-sm font-semibold text-ink">
        {label}
      </label>
      <NumberField
        id={fieldId}
        aria-labelledby={labelId}
        inputMode={step === 1 ? "numeric" : "decimal"}
        className="w-20"
        value={value}
        format={String}
        read={read}
        onCommit={onChange}
      />
      <input
        id={sliderId}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={valueText(value)}
        onChange={(event) => onChange(clamp(Number(event.target.value)))}
        className="col-span-2 h-8 w-full cursor-pointer"
      />
    </div>
  );
});
